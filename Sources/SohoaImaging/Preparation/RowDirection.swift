/// Which way a ledger's rows run. Its rows are ruled at equal spacing (all rows of a book are alike), its columns
/// at the widths their contents need: the rulings that run across an upright frame are the regular ones. A frame
/// whose regular rulings run down it was scanned sideways, unless its writing says otherwise (`WritingDirection`).
enum RowDirection {
    /// The share of `bands` within 10% of their median: near 1 for rows, low for columns.
    static func regularity(_ bands: [Int]) -> Double {
        guard bands.count >= 3 else { return 0 }
        let median = Double(bands.sorted()[bands.count / 2])
        return Double(bands.filter { abs(Double($0) / median - 1) <= 0.1 }.count) / Double(bands.count)
    }

    /// Whether the rows of a levelled bilevel frame run down it rather than across: its regular rulings run down,
    /// and its writing does not clearly run across; or, when the rulings do not tell (a grid that lost its row
    /// lines), its writing clearly runs down.
    static func runsDown(_ ink: borrowing LeptonicaImage, inch: Int) throws(ImagingError) -> Bool {
        let across = try RuledStructure(binary: ink, inch: inch)
        let down = try RuledStructure(binary: ink.turnedQuarterClockwise(), inch: inch)
        let rulings = regularity(down.bands) - regularity(across.bands)
        // Rows ruled clearly across (every upright page that kept its grid) need no word to confirm them.
        guard rulings > -0.2 else { return false }
        let writing = try WritingDirection.across(ink, inch: inch)
        return (rulings >= 0.2 && writing < clearWriting) || writing <= -clearWriting
    }

    /// How far the words must lean one way (`WritingDirection.across`) to tell against the rulings or without them.
    static let clearWriting = 0.5
}
