import Foundation

/// What a free-text column commonly holds (`PipelineColumn.common`: causes of death as registers word them). A
/// reading a letter or a mark away from a common phrase (`Đột quy`, `Suy tỉm`, `Đã cắp bản sao`, `Tai nạn giao
/// thônt`), or two from a long one (`ăng ký uá hạn`, its first letters cut off at the cell's edge), is far more often
/// that phrase misread than a rarer phrase written so: no list says which, so a person does. The phrases are never
/// used to read a cell, only to doubt one.
struct CommonPhrases {
    /// Each phrase's glyphs.
    private let phrases: [[Glyph]]

    init(_ phrases: [String]) {
        self.phrases = phrases.map { Glyph.of($0.precomposedStringWithCanonicalMapping) }
    }

    /// The doubt `reading` raises: nil when it is a common phrase (case aside) or like none; `.ambiguousDiacritic` when
    /// it has a phrase's letters with other marks, `.lowConfidence` when a letter is changed, added or lost (two in a
    /// phrase of `longPhrase` letters or more).
    func doubt(_ reading: String) -> ReviewReason? {
        let glyphs = Glyph.of(reading.precomposedStringWithCanonicalMapping)
        guard !phrases.contains(glyphs) else { return nil }
        if phrases.contains(where: { $0.map(\.base) == glyphs.map(\.base) }) { return .ambiguousDiacritic }
        return phrases.contains { Glyph.lettersApart($0, glyphs) <= ($0.count >= Self.longPhrase ? 2 : 1) } ? .lowConfidence : nil
    }

    /// A phrase this long (letters, spaces and marks) is still itself two letters off.
    static let longPhrase = 14
}
