/// The printed header band sits at the top of a ledger page's grid: the band between its rulings is short (two
/// or three lines of small print) next to a row (two written lines and room). Whether the first or the last band
/// of the ruled area is that short tells which way up the page is.
enum HeaderBand {
    /// A band shorter than this share of the typical row is header-like.
    static let shortShare = 0.75

    /// Two bands (a photographed page whose faint row rulings are lost: the header's lines and the grid's bottom are
    /// all that is found) say no more than this for turning a page over: a short band over the body is a header, but
    /// one under it may be a line below the grid, so the page is turned and left in doubt.
    static let twoBandTurn = 0.2

    /// Positive when the page is upside down (the short bands at the bottom), negative when upright, 0 when the
    /// rulings do not tell; the magnitude (up to 1) says how clearly.
    static func evidence(_ rulings: RuledStructure) -> Double {
        let bands = rulings.bands
        guard bands.count >= 2, let first = bands.first, let last = bands.last else { return 0 }
        let typicalRow = Double(bands.sorted()[bands.count / 2])
        func headerLike(_ band: Int) -> Double { max(0, min(1, (shortShare - Double(band) / typicalRow) / 0.35)) }
        let evidence = headerLike(last) - headerLike(first)
        return bands.count == 2 ? min(evidence, twoBandTurn) : evidence
    }
}
