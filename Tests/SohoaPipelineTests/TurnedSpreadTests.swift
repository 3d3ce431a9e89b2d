import Foundation
import SohoaImaging
import SohoaPipeline
import SohoaCore
import SohoaStore
import Testing

/// A photographed spread whose rulings did not say which way up (the analysis turned it over, in doubt): its page
/// numbers, read where an upright spread prints them, say which way up it stands. Turned over, its left page reads 16
/// in its outer bottom corner (its right page's 17 is faint); as the analysis turned it, neither reads (a tuning set's
/// frame, `--preset wide --seed 3636 --hands tune`, book `kh-wide-caoloc-2005-01`, `0001.tif` frame 0, in 8-bit gray).
@Suite struct TurnedSpreadTests {
    @Test func aSpreadWhoseNumbersReadTurnedOverIsPreparedTheOtherWayUp() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("turned-spread-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        let book = root.appendingPathComponent("batch/b")
        try FileManager.default.createDirectory(at: book, withIntermediateDirectories: true)
        let fixture = DigitFormReadingTests.repository.appendingPathComponent("Tests/Fixtures/pages/spread-turned-wrongly.png")
        try FileManager.default.copyItem(at: fixture, to: book.appendingPathComponent("0001.png"))
        let store = try SohoaStore(workspace: Workspace(root: root.appendingPathComponent("ws")))
        let configuration = BookConfiguration(pipeline: "kh-ledger", noiDangKy: "UBND xã A, huyện B, tỉnh C", quyenSo: "01/2005", namMoSo: 2005)
        try store.saveBook(BookEntry(id: "b", folder: book.path, configuration: .success(configuration)))
        let facts = FrameFacts(
            index: 0, width: 3848, height: 2778, bitsPerSample: 8, samplesPerPixel: 1, hasColormap: false,
            encoding: "png", resolution: ScanResolution(dpi: 200, isEstimated: false))
        try store.saveIngestedFile(
            IngestedFile(bookId: "b", path: "0001.png", sha256: "s", byteCount: 1, outcome: .frames(format: "png", [.ingested(facts)])),
            runId: nil)
        let run = try store.startRun(command: "run", batch: root.path, jobs: 1)
        let (attempts, _) = try WorkAttempts.start(store: store, run: run, retry: "")
        try PrepareStage(store: store, observer: DegenerateFrameTests.EventLog(), attempts: attempts).prepare(books: ["b"], jobs: 1)

        let pages = try store.preparedPages(ofBook: "b")
        #expect(pages.map(\.side) == ["left", "right"])
        #expect(pages.first?.pageNumber == 16)
        #expect(pages.last?.pageNumber == nil || pages.last?.pageNumber == 17)
        // One number read turns a doubted frame; what trusts it is n and n + 1, or, as here, each page's own header
        // band, measured again on the page now levelled and the right way up (`PreparedOrientation`).
        let opening = try #require(try store.openingsToRead().first)
        for page in [opening.left, opening.right] {
            #expect(page?.reasons.contains("orientation-uncertain") == false, "\(page?.reasons ?? [])")
        }
    }
}
