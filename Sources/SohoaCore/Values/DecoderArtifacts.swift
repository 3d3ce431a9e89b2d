import Foundation

extension String {
    /// The reading without the one artifact of Tesseract's `vie` model that is certain: a letter `N` followed by an
    /// `Ñ` for the same glyph (`NÑgọc`). `Ñ` is no letter of Vietnamese, and the pair stands for one `N`; nothing
    /// else is changed.
    public var withoutDecoderDuplicates: String {
        replacingOccurrences(of: "NÑ", with: "N").replacingOccurrences(of: "nñ", with: "n")
    }

    /// The reading without the rulings Tesseract reads as `|` beside or between words (`| Việt Nam`, `Thạch | Thành`):
    /// in a reading with a letter, a token made only of `|` is never writing. A reading without letters keeps them,
    /// since a lone stroke among digits may be a `1`.
    public var withoutRulingMarks: String {
        guard contains(where: \.isLetter), contains("|") else { return self }
        return split(separator: " ", omittingEmptySubsequences: false)
            .filter { token in token.isEmpty || !token.allSatisfy { $0 == "|" } }
            .joined(separator: " ").registerText
    }
}
