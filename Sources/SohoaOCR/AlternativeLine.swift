/// A reading of one line of a cell that the decoder weighed against the chosen one: the same line with one symbol
/// replaced by one of its runner-up choices (`Vân` for `Văn`). What a reviewer may be looking at, and what the
/// reference lists can tell apart from the reading.
public struct AlternativeLine: Sendable, Equatable {
    /// The line (in `CellReading.lines`) and the symbol (in `CellReading.symbols`) that differ.
    public var line: Int
    public var symbol: Int
    /// The line's text with that symbol replaced.
    public var text: String
    /// The decoder's confidence (0–1) in the replacement.
    public var confidence: Double
    /// The replacement is the same letter with other marks (`â` for `ă`).
    public var marksOnly: Bool

    public init(line: Int, symbol: Int, text: String, confidence: Double, marksOnly: Bool) {
        (self.line, self.symbol, self.text, self.confidence, self.marksOnly) = (line, symbol, text, confidence, marksOnly)
    }
}

extension CellReading {
    /// Every line that one runner-up choice of confidence `minimum` or more would make, for the symbols and choices
    /// `keep` lets through; strongest first. Lines whose words Tesseract gave otherwise than their symbols are left out.
    public func alternativeLines(
        atLeast minimum: Double, keep: (_ symbol: RecognizedSymbol, _ choice: SymbolChoice) -> Bool = { _, _ in true }
    ) -> [AlternativeLine] {
        let rebuilt = lines.indices.map { lineText($0) == lines[$0] }
        var found: [AlternativeLine] = []
        for (index, symbol) in symbols.enumerated() where symbol.line < lines.count && rebuilt[symbol.line] {
            var seen: Set<String> = [symbol.text]
            for choice in symbol.alternatives.sorted(by: { $0.confidence > $1.confidence })
            where choice.confidence >= minimum && keep(symbol, choice) && seen.insert(choice.text).inserted {
                found.append(
                    AlternativeLine(
                        line: symbol.line, symbol: index, text: lineText(symbol.line, replacing: index, with: choice.text),
                        confidence: choice.confidence, marksOnly: choice.differsOnlyInMarks(from: symbol.text)))
            }
        }
        return found.sorted { $0.confidence > $1.confidence }
    }

    /// The text of `line` rebuilt from its symbols, word by word, with one symbol's text replaced.
    private func lineText(_ line: Int, replacing replaced: Int? = nil, with replacement: String = "") -> String {
        var words: [(word: Int, text: String)] = []
        for (index, symbol) in symbols.enumerated() where symbol.line == line {
            let text = index == replaced ? replacement : symbol.text
            if words.last?.word == symbol.word { words[words.count - 1].text += text } else { words.append((symbol.word, text)) }
        }
        return words.map(\.text).filter { !$0.isEmpty }.joined(separator: " ")
    }
}
