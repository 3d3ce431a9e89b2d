public import SohoaImaging

/// One symbol of a cell reading: the NFC text Tesseract chose, its confidence (0–1), its box in page pixels (the
/// LSTM's character boundaries, approximate), where it stands, and the choices the decoder weighed for it.
public struct RecognizedSymbol: Sendable, Equatable {
    public var text: String
    public var confidence: Double
    public var box: PixelRect
    /// Index of its line in `CellReading.lines` and of its word in `CellReading.words`.
    public var line: Int
    public var word: Int
    /// The choices for this position, best first, as the choice iterator gives them with `lstm_choice_mode` 2:
    /// normally the chosen text first, then up to `lstm_choice_iterations` (5) runners-up. Confidences are
    /// `100 - 5 · rating` clipped to 0–100, scaled to 0–1: weak runners-up come back as 0.
    public var alternatives: [SymbolChoice]

    public init(
        text: String, confidence: Double, box: PixelRect, line: Int, word: Int, alternatives: [SymbolChoice]
    ) {
        (self.text, self.confidence, self.box) = (text, confidence, box)
        (self.line, self.word, self.alternatives) = (line, word, alternatives)
    }

    /// The strongest choice whose text differs from the chosen one, or nil when every other choice has
    /// confidence 0. Its confidence is the ambiguity of this symbol.
    public var rival: SymbolChoice? {
        alternatives.filter { $0.text != text && $0.confidence > 0 }.max { $0.confidence < $1.confidence }
    }

    /// True when the rival is the same letter with other marks (`ế`/`ề`, `ư`/`u`).
    public var rivalDiffersOnlyInMarks: Bool { rival?.differsOnlyInMarks(from: text) ?? false }
}
