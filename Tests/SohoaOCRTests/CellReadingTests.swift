import Foundation
import SohoaImaging
import SohoaOCR
import Testing

/// Cells of real sample pages read from one page set once into the engine: their text by lines, and per symbol the
/// runners-up the router uses as its ambiguity signal.
@Suite struct CellReadingTests {
    /// One cell read, with what the truth says is written in it.
    struct Outcome: Sendable {
        var cell: LedgerSample.Cell
        var reading: CellReading
        var seconds: Double
        var correct: Bool { reading.text == cell.text }
        /// The cell's ambiguity: the confidence of the strongest rival over its symbols (0 when none).
        var rivalConfidence: Double { reading.strongestRival?.rival?.confidence ?? 0 }
        /// The same, counting only rivals that are the chosen letter with other marks (`ế`/`ề`).
        var markRivalConfidence: Double {
            reading.symbols.filter(\.rivalDiffersOnlyInMarks).compactMap(\.rival?.confidence).max() ?? 0
        }
    }

    /// Reads every cell of `sample` from the page set once.
    static func readAll(_ sample: borrowing LedgerSample, engine: inout TesseractEngine) throws -> [Outcome] {
        var outcomes: [Outcome] = []
        let clock = ContinuousClock()
        try engine.withPage(sample.image, dpi: sample.dpi) { page throws(OCRError) in
            for cell in sample.cells {
                let start = clock.now
                let reading = try page.read(cell: cell.region, segmentation: cell.segmentation)
                let elapsed = (clock.now - start).components
                outcomes.append(
                    Outcome(
                        cell: cell, reading: reading,
                        seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18))
            }
        }
        return outcomes
    }

    static func percent(_ part: Int, of whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%.1f%%", 100 * Double(part) / Double(whole))
    }

    @Test func printedCellsReadTheirTruthWithSymbolAlternatives() throws {
        let sample = try LedgerSample(book: "ks-thachthanh-2008-01", file: "0003.tif")
        var engine = try TesseractEngine(language: "vie")
        let outcomes = try Self.readAll(sample, engine: &engine)
        let written = outcomes.filter { !$0.cell.damaged && $0.cell.hand == "printed" && !$0.cell.text.isEmpty }
        let exact = written.filter(\.correct)
        let rate = Double(exact.count) / Double(max(written.count, 1))
        print(
            "printed ks/0003.tif: \(exact.count)/\(written.count) undamaged cells exact (\(Self.percent(exact.count, of: written.count)))"
        )
        for miss in written where !miss.correct {
            print("  miss \(miss.cell.name): \"\(miss.cell.text)\" read \(miss.reading.lines)")
        }
        #expect(written.count >= 60)
        #expect(rate >= 0.9)  // measured 67/70 (95.7%)

        // Blank cells read blank.
        let blank = outcomes.filter { !$0.cell.damaged && $0.cell.text.isEmpty }
        #expect(blank.allSatisfy { $0.reading.isEmpty })

        // The declarant's name and relation, stacked in one cell, come back as their two lines.
        let stacked = written.filter { $0.cell.fields == ["nycHoTen", "nycQuanHe"] }
        #expect(stacked.count >= 3)
        for outcome in stacked {
            #expect(outcome.reading.lines.count == 2, "\(outcome.cell.name): \(outcome.reading.lines)")
        }
        #expect(stacked.contains { $0.reading.lines == $0.cell.texts })

        // Every symbol has its choices, the chosen text first; text is NFC throughout.
        let symbols = outcomes.flatMap(\.reading.symbols)
        #expect(symbols.count > 500)
        #expect(symbols.allSatisfy { !$0.alternatives.isEmpty })
        let chosenFirst = symbols.filter { $0.alternatives.first?.text == $0.text }.count
        print("symbols: \(symbols.count), chosen text first among the choices: \(Self.percent(chosenFirst, of: symbols.count))")
        #expect(Double(chosenFirst) >= 0.95 * Double(symbols.count))
        for symbol in symbols where symbol.alternatives.first?.text != symbol.text {
            print(
                "  chosen not first: \(symbol.text) (\(String(format: "%.2f", symbol.confidence))) among \(Self.listed(symbol.alternatives))"
            )
        }
        for text in outcomes.flatMap(\.reading.lines) + symbols.flatMap({ [$0.text] + $0.alternatives.map(\.text) }) {
            #expect(text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars))
        }

        // Runners-up of a vowel that differ only by the mark are there to be seen.
        let markRivals = symbols.filter(\.rivalDiffersOnlyInMarks)
        for symbol in markRivals.sorted(by: { ($0.rival?.confidence ?? 0) > ($1.rival?.confidence ?? 0) }).prefix(12) {
            let rival = symbol.rival.map { "\($0.text) \(String(format: "%.2f", $0.confidence))" } ?? "-"
            let first = symbol.alternatives.first.map { String(format: "%.2f", $0.confidence) } ?? "-"
            print(
                "  mark rival: \(symbol.text) (\(first)) vs \(rival), symbol confidence \(String(format: "%.2f", symbol.confidence)); choices \(Self.listed(symbol.alternatives))"
            )
        }
        print(
            "symbols with a rival: \(symbols.filter { $0.rival != nil }.count), of which differing only by marks: \(markRivals.count)"
        )
        // Among them, a Vietnamese vowel whose runner-up is the same vowel with another mark (`ó`/`ố`, `ỉ`/`ì`).
        #expect(markRivals.contains { Self.isVietnameseVowel($0.text) && Self.isVietnameseVowel($0.rival?.text ?? "") })

        // Each alternative line is its line with one symbol changed: the same words, one letter or mark apart.
        let alternatives = outcomes.flatMap { outcome in outcome.reading.alternativeLines(atLeast: 0.1).map { (outcome.reading, $0) } }
        #expect(alternatives.count >= 10)
        for (reading, alternative) in alternatives {
            let line = reading.lines[alternative.line]
            #expect(reading.symbols[alternative.symbol].line == alternative.line)
            #expect(alternative.text.split(separator: " ").count == line.split(separator: " ").count, "\(line) / \(alternative.text)")
            if alternative.text.count == line.count {
                #expect(zip(alternative.text, line).filter { $0 != $1 }.count == 1, "\(line) / \(alternative.text)")
            }
        }

        for (label, segmentation) in [("line", PageSegmentation.singleLine), ("block", .singleBlock)] {
            let times = outcomes.filter { $0.cell.segmentation == segmentation && !$0.reading.isEmpty }.map(\.seconds).sorted()
            let mean = times.reduce(0, +) / Double(max(times.count, 1))
            print(
                String(
                    format: "time per %@ cell: mean %.1f ms, median %.1f ms, max %.1f ms over %d cells", label, mean * 1000,
                    (times.isEmpty ? 0 : times[times.count / 2]) * 1000, (times.last ?? 0) * 1000, times.count))
        }
    }

    /// A vowel of Vietnamese writing (a ă â e ê i o ô ơ u ư y) under any of the five tone marks, either case.
    static func isVietnameseVowel(_ text: String) -> Bool {
        let vowels = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
        let tones = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]
        let lowered = text.lowercased().precomposedStringWithCanonicalMapping
        return vowels.contains { vowel in tones.contains { (vowel + $0).precomposedStringWithCanonicalMapping == lowered } }
    }

    static func listed(_ choices: [SymbolChoice]) -> String {
        choices.map { "\($0.text) \(String(format: "%.2f", $0.confidence))" }.joined(separator: ", ")
    }

    /// Cells of digits only (registration numbers, years) are read by the worker's digits engine (`eng`): every
    /// undamaged printed one of a sample page exactly, and handwritten ones far more often than the `vie` model, which
    /// drops digits of short numerals (`58` read `9`, `53` read as nothing).
    @Test func digitCellsAreReadByTheDigitsEngine() throws {
        var engines = try CellEngines()
        func read(_ book: String, _ file: String, hand: String) throws -> (cells: Int, digits: Int, text: Int) {
            let sample = try LedgerSample(book: book, file: file)
            let cells = sample.cells.filter { cell in
                !cell.damaged && cell.hand == hand && cell.fields.count == 1 && !cell.text.isEmpty
                    && cell.text.allSatisfy { $0.isASCII && $0.isNumber }
            }
            return try engines.withPage(sample.image, dpi: sample.dpi) { readers throws(OCRError) in
                var (digits, text) = (0, 0)
                for cell in cells {
                    let byDigits = try readers.digits.read(cell: cell.region, segmentation: .singleLine, characters: "0123456789")
                    let byText = try readers.text.read(cell: cell.region, segmentation: .singleLine, characters: "0123456789")
                    digits += byDigits.text == cell.text ? 1 : 0
                    text += byText.text == cell.text ? 1 : 0
                    if byDigits.text != cell.text { print("  digits miss \(file) \(cell.name): \"\(cell.text)\" read \(byDigits.lines)") }
                }
                return (cells.count, digits, text)
            }
        }
        let printed = try read("ks-thachthanh-2008-01", "0003.tif", hand: "printed")
        #expect(printed.cells >= 10 && printed.digits == printed.cells)
        var handwritten = (cells: 0, digits: 0, text: 0)
        for (book, file) in [("kt-camxuyen-2012-02", "0001.png"), ("kt-camxuyen-2012-02", "0002.png"),
                             ("kt-camxuyen-2012-02", "0004.png"), ("kh-namdinh-2009-01", "0003.tif")] {
            let page = try read(book, file, hand: "handwritten")
            handwritten = (handwritten.cells + page.cells, handwritten.digits + page.digits, handwritten.text + page.text)
        }
        print("handwritten digit cells exact: eng \(handwritten.digits), vie \(handwritten.text) of \(handwritten.cells)")
        #expect(handwritten.cells >= 20)
        #expect(Double(handwritten.digits) >= 0.75 * Double(handwritten.cells))  // measured 21 of 25
        #expect(handwritten.digits >= 2 * handwritten.text)  // measured 21 against 10
    }

    /// A read's whitelist, segmentation and choice mode do not stay behind: the engine's other reads (the page
    /// number) still work on the same engine, before and after a page session.
    @Test func cellReadsLeaveTheEngineAsTheyFoundIt() throws {
        let sample = try LedgerSample(book: "ks-thachthanh-2008-01", file: "0003.tif")
        var engine = try TesseractEngine(language: "vie")
        let numberBefore = try PageNumberReader().read(sample.image, dpi: sample.dpi, corner: .either, engine: engine)
        let date = try #require(sample.cells.first { $0.fields == ["ngayDangKy"] && !$0.damaged })
        let name = try #require(sample.cells.first { $0.fields == ["nksHoTen"] && !$0.damaged })
        let (digits, letters, again) = try engine.withPage(sample.image, dpi: sample.dpi) { page throws(OCRError) in
            (
                try page.read(cell: date.region, characters: "0123456789/"),
                try page.read(cell: name.region),
                try page.read(cell: date.region, segmentation: .singleBlock)
            )
        }
        #expect(digits.text == date.text)
        #expect(letters.text == name.text)
        #expect(again.text == date.text)
        let numberAfter = try PageNumberReader().read(sample.image, dpi: sample.dpi, corner: .either, engine: engine)
        #expect(numberAfter == numberBefore)
        #expect(numberAfter.map { sample.pageNumbers.contains($0.number) } == true)
        #expect(
            try engine.read(sample.image, dpi: sample.dpi, region: name.region, segmentation: .singleLine).text
                .trimmingCharacters(in: .whitespacesAndNewlines) == name.text)
    }

    @Test func aCellOutsideThePageIsAClearError() throws {
        let sample = try LedgerSample(book: "ks-thachthanh-2008-01", file: "0003.tif")
        var engine = try TesseractEngine(language: "vie")
        #expect(throws: OCRError.self) {
            try engine.withPage(sample.image, dpi: sample.dpi) { page throws(OCRError) in
                _ = try page.read(cell: PixelRect(x: sample.image.width + 10, y: 0, width: 50, height: 50))
            }
        }
    }

    /// Measurement for the router (set `SOHOA_OCR_MEASURE=1`): the strongest-rival confidence of cells read right
    /// and wrong, on printed and handwritten sample pages.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["SOHOA_OCR_MEASURE"] != nil))
    func rivalConfidenceOfRightAndWrongReadings() throws {
        let frames = [
            ("printed", "ks-thachthanh-2008-01", "0003.tif"), ("printed", "ks-thachthanh-2008-01", "0004.tif"),
            ("handwritten", "kt-camxuyen-2012-02", "0001.png"), ("handwritten", "kt-camxuyen-2012-02", "0002.png"),
            ("handwritten", "kt-camxuyen-2012-02", "0004.png"),
        ]
        var engine = try TesseractEngine(language: "vie")
        var byHand: [String: [Outcome]] = [:]
        for (hand, book, file) in frames {
            let sample = try LedgerSample(book: book, file: file)
            let outcomes = try Self.readAll(sample, engine: &engine).filter { !$0.cell.damaged && !$0.cell.text.isEmpty }
            byHand[hand, default: []] += outcomes
            let right = outcomes.filter(\.correct).count
            let mean = outcomes.map(\.seconds).reduce(0, +) / Double(max(outcomes.count, 1))
            print("\(book)/\(file): \(right)/\(outcomes.count) exact, \(String(format: "%.1f", mean * 1000)) ms a cell")
            if ProcessInfo.processInfo.environment["SOHOA_OCR_DUMP"] != nil {
                for outcome in outcomes {
                    let rival =
                        outcome.reading.strongestRival.map {
                            "\($0.text)→\($0.rival?.text ?? "") \(String(format: "%.2f", $0.rival?.confidence ?? 0))"
                        } ?? "-"
                    print(
                        "  \(outcome.correct ? "ok " : "BAD") \(outcome.cell.name) \"\(outcome.cell.text)\" read \(outcome.reading.lines) rival \(rival)"
                    )
                }
            }
        }
        for (hand, outcomes) in byHand.sorted(by: { $0.key > $1.key }) {
            for (label, group) in [("right", outcomes.filter(\.correct)), ("wrong", outcomes.filter { !$0.correct })] {
                let values = group.map(\.rivalConfidence).sorted()
                func quantile(_ q: Double) -> String {
                    values.isEmpty ? "-" : String(format: "%.2f", values[min(values.count - 1, Int(q * Double(values.count)))])
                }
                let buckets = [0.0, 0.001, 0.1, 0.2, 0.3, 0.5, 0.7, 1.01]
                let histogram = zip(buckets, buckets.dropFirst()).map { low, high in
                    "[\(low),\(high)):\(values.filter { $0 >= low && $0 < high }.count)"
                }
                print(
                    "\(hand) \(label) \(values.count) cells: rival p10 \(quantile(0.1)) p25 \(quantile(0.25)) median \(quantile(0.5)) p75 \(quantile(0.75)) p90 \(quantile(0.9)); \(histogram.joined(separator: " "))"
                )
            }
            for (label, group) in [("right", outcomes.filter(\.correct)), ("wrong", outcomes.filter { !$0.correct })] {
                let values = group.map(\.markRivalConfidence).sorted()
                let buckets = [0.0, 0.001, 0.1, 0.2, 0.3, 0.5, 0.7, 1.01]
                let histogram = zip(buckets, buckets.dropFirst()).map { low, high in
                    "[\(low),\(high)):\(values.filter { $0 >= low && $0 < high }.count)"
                }
                print("\(hand) \(label) strongest rival differing only by marks: \(histogram.joined(separator: " "))")
            }
            for threshold in [0.001, 0.05, 0.1, 0.2, 0.3, 0.5] {
                let flagged = outcomes.filter { $0.rivalConfidence >= threshold }
                print(
                    "  \(hand) rival ≥ \(threshold): flags \(Self.percent(flagged.filter { !$0.correct }.count, of: outcomes.filter { !$0.correct }.count)) of wrong, \(Self.percent(flagged.filter(\.correct).count, of: outcomes.filter(\.correct).count)) of right"
                )
            }
        }
    }
}
