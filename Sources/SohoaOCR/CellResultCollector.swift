import CTesseract
import Foundation
import SohoaImaging

/// Turns Tesseract's results for the current rectangle into a `CellReading`: one walk over the symbols, starting a
/// line and a word where Tesseract's iterator says one begins, and asking the choice iterator at each symbol.
enum CellResultCollector {
    static func collect(from handle: OpaquePointer) -> CellReading {
        guard let iterator = TessBaseAPIGetIterator(handle) else { return CellReading() }
        defer { TessResultIteratorDelete(iterator) }
        guard let position = TessResultIteratorGetPageIterator(iterator) else { return CellReading() }
        var lines: [[String]] = []
        var reading = CellReading()
        repeat {
            // No symbol text means no word under the iterator (a blank cell): the choice iterator must not be asked.
            guard let text = text(iterator, RIL_SYMBOL) else { continue }
            if lines.isEmpty || TessPageIteratorIsAtBeginningOf(position, RIL_TEXTLINE) != 0 { lines.append([]) }
            if reading.words.isEmpty || TessPageIteratorIsAtBeginningOf(position, RIL_WORD) != 0 {
                let word = self.text(iterator, RIL_WORD) ?? ""
                lines[lines.count - 1].append(word)
                reading.words.append(
                    RecognizedWord(
                        text: word, confidence: confidence(iterator, RIL_WORD), box: box(position, RIL_WORD)))
            }
            reading.symbols.append(
                RecognizedSymbol(
                    text: text, confidence: confidence(iterator, RIL_SYMBOL), box: box(position, RIL_SYMBOL),
                    line: lines.count - 1, word: reading.words.count - 1, alternatives: choices(iterator)))
        } while TessResultIteratorNext(iterator, RIL_SYMBOL) != 0
        reading.lines = lines.map { $0.filter { !$0.isEmpty }.joined(separator: " ") }.filter { !$0.isEmpty }
        return reading
    }

    /// The choices the decoder kept for the symbol under `iterator`, in the iterator's order.
    static func choices(_ iterator: OpaquePointer) -> [SymbolChoice] {
        guard let choices = TessResultIteratorGetChoiceIterator(iterator) else { return [] }
        defer { TessChoiceIteratorDelete(choices) }
        var result: [SymbolChoice] = []
        repeat {
            // Owned by the iterator: not to be freed.
            guard let text = TessChoiceIteratorGetUTF8Text(choices) else { continue }
            result.append(
                SymbolChoice(
                    text: String(cString: text).precomposedStringWithCanonicalMapping,
                    confidence: Double(TessChoiceIteratorConfidence(choices)) / 100))
        } while TessChoiceIteratorNext(choices) != 0
        return result
    }

    static func text(_ iterator: OpaquePointer, _ level: TessPageIteratorLevel) -> String? {
        guard let text = TessResultIteratorGetUTF8Text(iterator, level) else { return nil }
        defer { TessDeleteText(text) }
        return String(cString: text).trimmingCharacters(in: .whitespacesAndNewlines)
            .precomposedStringWithCanonicalMapping
    }

    static func confidence(_ iterator: OpaquePointer, _ level: TessPageIteratorLevel) -> Double {
        min(max(Double(TessResultIteratorConfidence(iterator, level)) / 100, 0), 1)
    }

    static func box(_ position: OpaquePointer, _ level: TessPageIteratorLevel) -> PixelRect {
        var (left, top, right, bottom): (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
        TessPageIteratorBoundingBox(position, level, &left, &top, &right, &bottom)
        return PixelRect(x: Int(left), y: Int(top), width: Int(right - left), height: Int(bottom - top))
    }
}
