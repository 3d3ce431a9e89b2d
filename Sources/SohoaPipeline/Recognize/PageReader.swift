import Foundation
import SohoaCore
import SohoaImaging
import SohoaOCR
import SohoaStore

/// Reads one prepared page of an opening: finds its ruled grid and reads the written cells with the settings of their
/// column, on the worker's own engine. (The cells' image condition is measured afterwards, where it can matter:
/// `CellInspector`.)
struct PageReader {
    /// What one page gave: its grid and, per row, each column's evidence and box; `dpi` is the resolution the grid
    /// showed (the page's, unless its tag was wrong).
    struct Result: Sendable {
        var grid: LedgerGrid
        var cells: [[ReadCell]]
        var dpi: Int
    }

    struct ReadCell: Sendable {
        var evidence: CellEvidence
        var box: PixelRect
    }

    let columns: [PipelineColumn]
    let policy: RoutingPolicy
    /// The facing page's row boundaries, to cut this page's rows as those are where it lost rulings (`GridFinder`).
    var rowsLike: [Double]? = nil
    /// Runner-up readings weaker than this are not kept in the evidence: no threshold is near them.
    static let alternativeFloor = 0.1

    func read(_ page: OpeningToRead.Page, engines: inout CellEngines) throws -> Result {
        let gray = try ScanDecoder.decode(path: page.image.path, frame: 0).gray8()
        let widths = columns.compactMap(\.width)
        let finder = GridFinder(
            dpi: page.dpi, columns: columns.count, columnWidths: widths.count == columns.count ? widths : nil, rowsLike: rowsLike)
        let ledger = try finder.find(in: gray)
        _ = consume gray
        let grid = ledger.grid
        let lowResolution = ledger.dpi < policy.minimumDPI
        let cells = try engines.withPage(ledger.text, dpi: ledger.textDPI) { (readers: borrowing PageReaders) throws(OCRError) -> [[ReadCell]] in
            var rows: [[ReadCell]] = []
            for row in grid.rows {
                var cells: [ReadCell] = []
                for (index, cell) in row.cells.prefix(columns.count).enumerated() {
                    let reading = columns[index].reading
                    var evidence = reading.isDigitsOnly
                        ? try Self.evidence(of: cell, in: ledger, reader: readers.digits, reading: reading)
                        : try Self.evidence(of: cell, in: ledger, reader: readers.text, reading: reading)
                    if let digitForm = DigitFormReading(type: columns[index].type) {
                        let digits = try Self.evidence(of: cell, in: ledger, reader: readers.digits, reading: digitForm.reading)
                        evidence = digitForm.prefers(digits, over: evidence)
                            ? digitForm.rivalled(digits, by: evidence) : digitForm.rivalled(evidence, by: digits)
                    }
                    if lowResolution && !evidence.blank { evidence.damage.append(.lowResolution) }
                    if cell.faintOnly { evidence.damage.append(.faded) }
                    if cell.writingRunsPastRulings { evidence.damage.append(.writingPastRulings) }
                    cells.append(ReadCell(evidence: evidence, box: cell.box))
                }
                rows.append(cells)
            }
            return rows
        }
        return Result(grid: grid, cells: cells, dpi: ledger.dpi)
    }

    /// What the cell shows: blank, or the reading of its writing with its confidence and strongest rivals.
    private static func evidence(
        of cell: LedgerGrid.Cell, in ledger: borrowing LedgerPage, reader: borrowing PageCells, reading: CellReadingSettings
    ) throws(OCRError) -> CellEvidence {
        guard let region = ledger.readingRegion(of: cell) else { return .blankCell }
        let result = try reader.read(
            cell: region, segmentation: reading.lines == .one ? .singleLine : .singleBlock, characters: reading.characters,
            rivals: reading.rivals ?? true)
        // Rivals outside Vietnamese writing (Ñ for N, Ð for Đ, quotes) are the model's noise, not a reading to fear.
        // So are the rivals of such a symbol itself (the `Ñ` of `NÑgọc`, dropped from the reading).
        func isWriting(_ text: String) -> Bool { text.allSatisfy { $0.isVietnameseLetter || $0.isASCIIDigit } }
        let rivals = result.symbols.filter { symbol in isWriting(symbol.text) && (symbol.rival.map { isWriting($0.text) } ?? false) }
        func measure(_ symbols: [RecognizedSymbol], words: [RecognizedWord]) -> CellEvidence.LineEvidence {
            CellEvidence.LineEvidence(
                // A lone comma or stop is read with low confidence whatever the writing: the words are what count.
                confidence: (words.filter { $0.text.contains { $0.isLetter || $0.isNumber } }.map(\.confidence).min()
                    ?? words.map(\.confidence).min()) ?? 0,
                markRival: symbols.filter(\.rivalDiffersOnlyInMarks).compactMap(\.rival?.confidence).max() ?? 0,
                rival: symbols.filter { !$0.rivalDiffersOnlyInMarks }.compactMap(\.rival?.confidence).max() ?? 0)
        }
        let whole = measure(rivals, words: result.words)
        let perLine = result.lines.indices.map { line in
            let wordIndices = Set(result.symbols.filter { $0.line == line }.map(\.word))
            return measure(
                rivals.filter { $0.line == line },
                words: wordIndices.sorted().compactMap { $0 < result.words.count ? result.words[$0] : nil })
        }
        return CellEvidence(
            lines: result.lines.map(\.withoutDecoderDuplicates.withoutRulingMarks), confidence: whole.confidence, markRival: whole.markRival,
            rival: whole.rival, blank: false, perLine: perLine,
            words: result.words.map { CellEvidence.Word(text: $0.text.withoutDecoderDuplicates, confidence: $0.confidence) },
            alternatives: result.alternativeLines(atLeast: Self.alternativeFloor) { isWriting($0.text) && isWriting($1.text) }.map {
                CellEvidence.Alternative(
                    line: $0.line, symbol: $0.symbol, text: $0.text.withoutDecoderDuplicates.withoutRulingMarks, confidence: $0.confidence,
                    marksOnly: $0.marksOnly)
            })
    }
}
