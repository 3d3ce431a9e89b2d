/// What a book tells the decoder before any cell is read: the places of its province, its own commune and
/// district first (a birthplace is most often the book's own commune), and the year it was opened (its
/// registrations fall in it or the years just after).
public struct BookContext: Sendable {
    /// Every unit of the book's province, written the ways registrars write them, with the book's prior weight.
    let places: Shortlist
    /// The year the book was opened (`namMoSo`).
    public let year: Int?
    /// Candidates already worked out, when the context remembers them (`remembering()`).
    let memo: CandidateMemo?

    /// No book: no places to offer, no year.
    public static let none = BookContext(places: Shortlist(hypotheses: [], alwaysAligned: 0), year: nil)

    init(places: Shortlist, year: Int?, memo: CandidateMemo? = nil) {
        self.places = places
        self.year = year
        self.memo = memo
    }

    /// The same context, remembering the candidates it works out: for a reader that routes the same cells twice
    /// (before and after it has looked at their condition, which decoding does not depend on).
    public func remembering() -> BookContext {
        BookContext(places: places, year: year, memo: CandidateMemo())
    }

    /// The context of a book registered at `noiDangKy` (`UBND xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa`),
    /// opened in `namMoSo`, with the province's places from `choices`.
    public init(noiDangKy: String, namMoSo: Int?, choices: PlaceChoices) {
        self.init(places: PlaceHypotheses.of(book: noiDangKy, choices: choices.choices(for: noiDangKy)), year: namMoSo)
    }

    init(places hypotheses: (all: [Hypothesis], home: Int), year: Int?) {
        self.init(places: Shortlist(hypotheses: hypotheses.all, alwaysAligned: hypotheses.home), year: year)
    }
}
