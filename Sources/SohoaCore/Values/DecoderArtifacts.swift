import Foundation

extension String {
    /// The reading without the one artifact of Tesseract's `vie` model that is certain: a letter `N` followed by an
    /// `Ñ` for the same glyph (`NÑgọc`). `Ñ` is no letter of Vietnamese, and the pair stands for one `N`; nothing
    /// else is changed.
    public var withoutDecoderDuplicates: String {
        replacingOccurrences(of: "NÑ", with: "N").replacingOccurrences(of: "nñ", with: "n")
    }
}
