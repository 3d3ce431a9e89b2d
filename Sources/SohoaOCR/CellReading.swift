public import SohoaImaging

/// What Tesseract read in one ledger cell: the NFC text line by line, the words, and every symbol with the
/// alternatives the LSTM decoder weighed for it, from which the router judges how ambiguous the reading is.
public struct CellReading: Sendable, Equatable {
    /// One NFC string per text line, top to bottom, its words joined by one space. A two-line cell ("name /
    /// relation", a wrapped place) has two.
    public var lines: [String]
    /// Each word with its confidence (0–1) and box in page pixels.
    public var words: [RecognizedWord]
    /// Each symbol, in reading order.
    public var symbols: [RecognizedSymbol]

    public init(lines: [String] = [], words: [RecognizedWord] = [], symbols: [RecognizedSymbol] = []) {
        (self.lines, self.words, self.symbols) = (lines, words, symbols)
    }

    /// The lines joined by one space, as `truth.json` and the export write a wrapped cell.
    public var text: String { lines.joined(separator: " ") }

    /// True when nothing was read (a blank cell).
    public var isEmpty: Bool { symbols.isEmpty }

    /// The symbol whose rival is strongest over the whole cell, or nil when no symbol has one: its
    /// `rival.confidence` is the cell's ambiguity for routing.
    public var strongestRival: RecognizedSymbol? {
        symbols.filter { $0.rival != nil }.max { ($0.rival?.confidence ?? 0) < ($1.rival?.confidence ?? 0) }
    }

    /// The mean word confidence (0–1), nil for a blank cell.
    public var confidence: Double? {
        words.isEmpty ? nil : words.map(\.confidence).reduce(0, +) / Double(words.count)
    }
}
