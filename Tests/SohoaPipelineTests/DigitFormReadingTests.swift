import Foundation
import SohoaCore
import SohoaOCR
@testable import SohoaPipeline
@testable import SohoaStore
import Testing

/// Dates handwritten in digits in a face nothing was tuned on (Great Vibes, `Tests/Fixtures/handwriting`): the
/// Vietnamese model misreads such numerals, the digits engine reads them, and the page reader keeps its reading.
@Suite struct DigitFormReadingTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func datesHandwrittenInDigitsAreReadByTheDigitsEngine() throws {
        let catalog = try #require(PipelineCatalog.shipped(executable: Self.repository.appendingPathComponent(".build/sohoa")))
        let columns = try catalog.pipeline(named: "kh-ledger").left
        let page = OpeningToRead.Page(
            id: 1, image: Self.repository.appendingPathComponent("Tests/Fixtures/handwriting/great-vibes-rows.png"),
            dpi: 300, reasons: [], file: "great-vibes-rows.png", frameIndex: 0)
        var engines = try CellEngines()
        let result = try PageReader(columns: columns, policy: .calibrated).read(page, engines: &engines)
        // The registration dates and the husbands' dates of birth of the page's three rows, as the book holds them.
        let book = [["3/8/2012", "12/8/1983"], ["3/8/2012", "5/11/1990"], ["12/8/2012", "6.3.1989"]]
        let read = result.cells.map { row in [row[1].evidence.text, row[3].evidence.text] }
        #expect(read.count == book.count)
        let right = zip(read, book).map { zip($0, $1).count { $0 == $1 } }.reduce(0, +)
        // The Vietnamese model alone reads none of the six (`32/2`, `3/#⁄20/2`, `12/9/22` for the registration dates);
        // with the digits engine the two `3/8/2012` come out right.
        #expect(right >= 2, "\(read)")
    }

    @Test func aDateWrittenInWordsKeepsTheVietnameseReading() throws {
        let form = try #require(DigitFormReading(type: .date))
        let words = reading("ngày 6 tháng 5 năm 2013", confidence: 0.7)
        let digits = reading("6 5 2013", confidence: 0.9)
        #expect(!form.prefers(digits, over: words))
        #expect(form.prefers(reading("6/5/2013", confidence: 0.5), over: reading("a9/,/2a1a", confidence: 0.6)))
        #expect(DigitFormReading(type: .name) == nil)
    }

    /// Two readers that read two dates (`3/4/2004` and `3/1/2004`: a handwritten 1 the Vietnamese model took for a 4)
    /// leave the kept reading with a rival as sure as the other reader, and the other's digit as a runner-up choice
    /// where they differ; readers that agree, or one that reads no date, change nothing.
    @Test func twoReadersOfTwoDatesLeaveTheDateInDoubt() throws {
        let form = try #require(DigitFormReading(type: .date))
        let kept = form.rivalled(reading("3/4/2004", confidence: 0.94), by: reading("3/1/2004", confidence: 0.8))
        #expect(kept.rival == 0.8)
        #expect(kept.alternatives == [CellEvidence.Alternative(line: 0, symbol: 2, text: "3/1/2004", confidence: 0.8, marksOnly: false)])
        #expect(form.rivalled(reading("3/4/2004", confidence: 0.94), by: reading("03.04.2004", confidence: 0.8)).rival == 0)
        #expect(form.rivalled(reading("3/4/2004", confidence: 0.94), by: reading("3/4/", confidence: 0.8)).rival == 0)
    }

    private func reading(_ text: String, confidence: Double) -> CellEvidence {
        CellEvidence(lines: [text], confidence: confidence, blank: false)
    }
}
