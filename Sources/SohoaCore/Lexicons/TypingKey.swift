import Foundation

extension String {
    /// The letters of the text without Vietnamese marks, in lower case, single-spaced (`Nguyễn  Đức` → `nguyen duc`):
    /// what a reviewer types when typing fast without accents, and what it is matched against.
    public var typingKey: String {
        let bare = registerText.decomposedStringWithCanonicalMapping.unicodeScalars.filter { !Self.combiningMarks.contains($0.value) }
        return String(String.UnicodeScalarView(bare)).replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
            .lowercased()
    }

    /// Whether the text carries no Vietnamese mark at all (`nguyen van an`, not `nguyễn`).
    public var isWithoutMarks: Bool {
        !decomposedStringWithCanonicalMapping.unicodeScalars.contains { Self.combiningMarks.contains($0.value) } && !contains("đ")
            && !contains("Đ")
    }

    /// The combining diacritical marks a decomposed Vietnamese letter carries (tones, circumflex, breve, horn).
    private static let combiningMarks: ClosedRange<UInt32> = 0x300...0x36F
}
