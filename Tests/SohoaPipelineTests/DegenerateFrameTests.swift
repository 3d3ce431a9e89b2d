import Foundation
import SohoaCore
import SohoaImaging
import SohoaPipeline
import SohoaStore
import Synchronization
import Testing

/// Frames that ingest would refuse as `not-a-page`, put straight into a store (as a workspace made before that rule
/// holds them) and taken through the real prepare and recognize stages with Tesseract and Leptonica: each is
/// prepared or reported not prepared, each opening read or reported, and the process lives. No C call sees a
/// degenerate image or rectangle.
@Suite struct DegenerateFrameTests {
    static let sizes = [
        (1, 1), (2, 1), (1, 2), (3, 3), (256, 1), (1, 256), (7, 5), (16, 16), (162, 20), (40, 3000), (3000, 40),
        (120, 90), (599, 848),
    ]

    /// The events of a run, kept for the test to read.
    final class EventLog: RunObserver {
        let events = Mutex<[RunEvent]>([])
        func observe(_ event: RunEvent) { events.withLock { $0.append(event) } }
    }

    @Test func everyStageTakesDegenerateFramesWithoutCrashing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("degenerate-\(UUID())")
        defer { try? FileManager.default.removeItem(at: root) }
        let book = root.appendingPathComponent("batch/b")
        try FileManager.default.createDirectory(at: book, withIntermediateDirectories: true)
        let store = try SohoaStore(workspace: Workspace(root: root.appendingPathComponent("ws")))
        let configuration = BookConfiguration(pipeline: "ks-ledger", noiDangKy: "UBND xã A, huyện B, tỉnh C", quyenSo: "01/2008", namMoSo: 2008)
        try store.saveBook(BookEntry(id: "b", folder: book.path, configuration: .success(configuration)))
        for (index, (width, height)) in Self.sizes.enumerated() {
            // Ink in ruling-like bars and a block, so that the stages find something to work on.
            let regions = [
                PixelRect(x: 0, y: height / 2, width: width, height: max(1, height / 20)),
                PixelRect(x: width / 3, y: 0, width: max(1, width / 30), height: height),
                PixelRect(x: width / 5, y: height / 5, width: max(1, width / 10), height: max(1, height / 10)),
            ]
            // Each image as if tagged 300 dpi, and as if estimated at 50 (what the oldest workspaces hold).
            for dpi in [300, 50] {
                let name = "\(index)-\(dpi).tif"
                try LeptonicaImage.mask(width: width, height: height, regions: regions).writeMasterTIFF(
                    to: book.appendingPathComponent(name).path)
                let facts = FrameFacts(
                    index: 0, width: width, height: height, bitsPerSample: 1, samplesPerPixel: 1, hasColormap: false,
                    encoding: "ccitt-g4", resolution: ScanResolution(dpi: dpi, isEstimated: dpi == 50))
                try store.saveIngestedFile(
                    IngestedFile(
                        bookId: "b", path: name, sha256: name, byteCount: 1, outcome: .frames(format: "tiff", [.ingested(facts)])),
                    runId: nil)
            }
        }
        let frames = try store.framesToPrepare().count
        let run = try store.startRun(command: "run", batch: root.path, jobs: 2)
        let (attempts, _) = try WorkAttempts.start(store: store, run: run, retry: "")
        let log = EventLog()
        try PrepareStage(store: store, observer: log, attempts: attempts).prepare(books: ["b"], jobs: 2)
        let pipelines = PipelineCatalog(folder: BookConfigurationReaderTests.pipelines)
        let domain = BookConfigurationReaderTests.pipelines.deletingLastPathComponent().appendingPathComponent("domain")
        try RecognizeStage(
            store: store, observer: log, pipelines: pipelines, lexicons: try ReferenceData.load(from: domain), attempts: attempts
        ).recognize(books: ["b"], jobs: 2)

        let events = log.events.withLock { $0 }
        let prepared = events.filter { if case .framePrepared = $0 { true } else { false } }.count
        let refused = events.filter { if case .frameNotPrepared = $0 { true } else { false } }.count
        #expect(frames == 2 * Self.sizes.count)
        #expect(prepared + refused == frames)
        #expect(prepared > 0, "no frame reached the readers")
        let openings = events.compactMap { if case .readPlanned(let count) = $0 { count } else { nil } }.first ?? 0
        let read = events.filter {
            switch $0 {
            case .openingRead, .openingNotRead: true
            default: false
            }
        }.count
        #expect(read == openings && openings > 0)
        #expect(try store.status(lockedByRun: false).interrupted.isEmpty)
    }
}
