import Foundation
import SohoaCore
import SohoaImaging
import SohoaPipeline
import SohoaStore
import Testing

/// A photographed spread turned over wrongly: its page numbers, read where an upright spread prints them, say which
/// way up it stands. Turned back, its left page reads its number in its outer bottom corner; as it was turned,
/// neither page reads one. Two tuning sets' frames, in 8-bit gray at 200 dpi (`Tests/Fixtures/pages/README.md`).
@Suite struct TurnedSpreadTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var fixture: String
        var width: Int, height: Int
        var pipeline: String
        var leftNumber: Int
        /// Whether each page is still in doubt which way up, turned back.
        var doubted: [Bool]
        var testDescription: String { fixture }
    }

    static let cases = [
        // The analysis could not tell which way up (0.1) and turned it over in doubt; turned back, each page's own
        // header band shows it upright (`PreparedOrientation`): no doubt is left.
        Case(fixture: "spread-turned-wrongly.png", width: 3848, height: 2778, pipeline: "kh-ledger", leftNumber: 16, doubted: [false, false]),
        // The analysis turned it over confidently (0.45), but its pages, prepared, stood upside down; turned back on
        // one number read, the analysis says nothing any more: each page's own rulings, measured again, must show it
        // upright, and do.
        Case(fixture: "spread-turned-confidently.png", width: 3849, height: 2713, pipeline: "kt-ledger", leftNumber: 24, doubted: [false, false]),
    ]

    @Test(arguments: cases)
    func aSpreadWhoseNumbersReadTurnedOverIsPreparedTheOtherWayUp(_ test: Case) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("turned-spread-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        let book = root.appendingPathComponent("batch/b")
        try FileManager.default.createDirectory(at: book, withIntermediateDirectories: true)
        let fixture = DigitFormReadingTests.repository.appendingPathComponent("Tests/Fixtures/pages/\(test.fixture)")
        try FileManager.default.copyItem(at: fixture, to: book.appendingPathComponent("0001.png"))
        let store = try SohoaStore(workspace: Workspace(root: root.appendingPathComponent("ws")))
        let configuration = BookConfiguration(pipeline: test.pipeline, noiDangKy: "UBND xã A, huyện B, tỉnh C", quyenSo: "01/2005", namMoSo: 2005)
        try store.saveBook(BookEntry(id: "b", folder: book.path, configuration: .success(configuration)))
        let facts = FrameFacts(
            index: 0, width: test.width, height: test.height, bitsPerSample: 8, samplesPerPixel: 1, hasColormap: false,
            encoding: "png", resolution: ScanResolution(dpi: 200, isEstimated: false))
        try store.saveIngestedFile(
            IngestedFile(bookId: "b", path: "0001.png", sha256: "s", byteCount: 1, outcome: .frames(format: "png", [.ingested(facts)])),
            runId: nil)
        let run = try store.startRun(command: "run", batch: root.path, jobs: 1)
        let (attempts, _) = try WorkAttempts.start(store: store, run: run, retry: "")
        try PrepareStage(store: store, observer: DegenerateFrameTests.EventLog(), attempts: attempts).prepare(books: ["b"], jobs: 1)

        let pages = try store.preparedPages(ofBook: "b")
        #expect(pages.map(\.side) == ["left", "right"])
        #expect(pages.first?.pageNumber == test.leftNumber)
        #expect(pages.last?.pageNumber == nil || pages.last?.pageNumber == test.leftNumber + 1)
        // One number read turns a frame in doubt; what trusts it is n and n + 1, or each page's own header band
        // measured again on the page now levelled and the right way up.
        let opening = try #require(try store.openingsToRead().first)
        #expect([opening.left, opening.right].map { $0?.reasons.contains("orientation-uncertain") == true } == test.doubted)
    }
}
