/// The printed header band sits at the top of a ledger page's grid: the band between its rulings is short (two
/// or three lines of small print) next to a row (two written lines and room). Whether the first or the last band
/// of the ruled area is that short tells which way up the page is.
enum HeaderBand {
    /// A band shorter than this share of the typical row is header-like.
    static let shortShare = 0.75

    /// Positive when the page is upside down (the short bands at the bottom), negative when upright, 0 when the
    /// rulings do not tell; the magnitude (up to 1) says how clearly.
    static func evidence(_ rulings: RuledStructure) -> Double {
        let bands = rulings.bands
        guard bands.count >= 3, let first = bands.first, let last = bands.last else { return 0 }
        let typicalRow = Double(bands.sorted()[bands.count / 2])
        func headerLike(_ band: Int) -> Double { max(0, min(1, (shortShare - Double(band) / typicalRow) / 0.35)) }
        return headerLike(last) - headerLike(first)
    }
}
