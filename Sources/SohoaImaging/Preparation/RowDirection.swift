/// Which way a ledger's rows run. Its rows are ruled at equal spacing (all rows of a book are alike), its columns
/// at the widths their contents need: the rulings that run across an upright frame are the regular ones. A frame
/// whose regular rulings run down it was scanned sideways.
enum RowDirection {
    /// The share of `bands` within 10% of their median: near 1 for rows, low for columns.
    static func regularity(_ bands: [Int]) -> Double {
        guard bands.count >= 3 else { return 0 }
        let median = Double(bands.sorted()[bands.count / 2])
        return Double(bands.filter { abs(Double($0) / median - 1) <= 0.1 }.count) / Double(bands.count)
    }

    /// Whether the regular rulings of a levelled bilevel frame run down it rather than across.
    static func runsDown(_ ink: borrowing LeptonicaImage, inch: Int) throws(ImagingError) -> Bool {
        let across = try RuledStructure(binary: ink, minimumLength: inch, mergeDistance: inch / 5)
        let down = try RuledStructure(binary: ink.turnedQuarterClockwise(), minimumLength: inch, mergeDistance: inch / 5)
        return regularity(down.bands) >= regularity(across.bands) + 0.2
    }
}
