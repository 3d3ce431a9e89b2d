import Foundation

/// What a free-text column commonly holds (`PipelineColumn.common`: causes of death as registers word them). A
/// reading that has a common phrase's letters but not its marks (`Đột quy`, `Suy tỉm`, `Đã cắp bản sao`) is far
/// more often that phrase with a mark misread than a rarer phrase written so: no list says which, so a person does.
/// The phrases are never used to read a cell, only to doubt one.
struct CommonPhrases {
    private let phrases: [(text: String, glyphs: [Glyph])]

    init(_ phrases: [String]) {
        self.phrases = phrases.map { ($0.precomposedStringWithCanonicalMapping, Glyph.of($0.precomposedStringWithCanonicalMapping)) }
    }

    /// The common phrase `reading` is one with other marks (letters, digits and spaces the same, case aside), or nil
    /// when it is one of them or like none.
    func markedOtherwise(_ reading: String) -> String? {
        let normalized = reading.precomposedStringWithCanonicalMapping
        let glyphs = Glyph.of(normalized)
        guard !phrases.contains(where: { $0.glyphs == glyphs }) else { return nil }
        return phrases.first { phrase in
            phrase.glyphs.count == glyphs.count && zip(phrase.glyphs, glyphs).allSatisfy { $0.base == $1.base }
        }?.text
    }
}
