import Foundation

/// One reading the LSTM decoder weighed for a symbol position: its NFC text and confidence (0–1).
public struct SymbolChoice: Sendable, Equatable {
    public var text: String
    public var confidence: Double

    public init(text: String, confidence: Double) {
        (self.text, self.confidence) = (text, confidence)
    }

    /// True when `other` is the same letter with other marks (tone, breve, circumflex, horn): `ế` and `ề`, `ư` and
    /// `u`. The confusions Tesseract makes with high confidence in Vietnamese.
    public func differsOnlyInMarks(from other: String) -> Bool {
        guard text != other else { return false }
        let (mine, theirs) = (Self.baseLetters(of: text), Self.baseLetters(of: other))
        return !mine.isEmpty && mine == theirs && mine.allSatisfy(\.properties.isAlphabetic)
    }

    /// The letters without their combining marks.
    static func baseLetters(of text: String) -> [Unicode.Scalar] {
        text.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
            $0.properties.generalCategory != .nonspacingMark
        }
    }
}
