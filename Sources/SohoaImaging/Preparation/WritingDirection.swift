import CLeptonica

/// Which way the writing of a levelled bilevel frame runs, from its words: the letters of a word stand side by
/// side, so with the rulings taken out and the letters joined across their narrow gaps, an upright page shows
/// many components much wider than tall, and a page lying sideways as many much taller than wide. Independent of
/// the rulings, so it still speaks when a faint or photographed grid has lost its row lines.
public enum WritingDirection {
    /// From −1 (every word-like component runs down the frame) to 1 (every one runs across); 0 when the frame holds
    /// no writing to tell by.
    public static func across(_ ink: borrowing LeptonicaImage, inch: Int) throws(ImagingError) -> Double {
        let writing = try withoutRulings(ink, inch: inch)
        let across = try words(in: writing, inch: inch)
        let down = try words(in: writing.turnedQuarterClockwise(), inch: inch)
        guard across + down >= minimumWords else { return 0 }
        return Double(across - down) / Double(across + down)
    }

    /// Fewer words than this say nothing either way (a blank ruled page, a stray mark).
    static let minimumWords = 8

    /// The ink without its long straight runs, across or down, and a little around them.
    private static func withoutRulings(_ ink: borrowing LeptonicaImage, inch: Int) throws(ImagingError) -> LeptonicaImage {
        let length = max(3, inch / 2)
        let rulings = try ink.opened(width: length, height: 1).union(ink.opened(width: 1, height: length))
        return try ink.subtracting(rulings.dilated(width: 3, height: 3))
    }

    /// The components of `writing`, its letters joined across gaps a little narrower than a line's spacing, that
    /// are at least twice as wide as tall and a fifth of an inch long: words written across.
    private static func words(in writing: borrowing LeptonicaImage, inch: Int) throws(ImagingError) -> Int {
        let joined = try writing.closed(width: max(2, inch / 25), height: 1)
        let longest = max(4, inch / 5)
        return try joined.componentBoxes().count { $0.width >= longest && $0.width >= 2 * $0.height }
    }
}
