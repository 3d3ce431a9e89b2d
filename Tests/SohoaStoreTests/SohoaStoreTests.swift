import Foundation
import GRDB
import SohoaCore
@testable import SohoaStore
import Testing

@Suite struct SohoaStoreTests {
    let workspace = Workspace(root: FileManager.default.temporaryDirectory.appendingPathComponent("store-\(UUID())"))

    func frames(_ count: Int) -> IngestedFile.Outcome {
        .frames(
            format: "tiff",
            (0..<count).map {
                .ingested(
                    FrameFacts(
                        index: $0, width: 4961, height: 3508, bitsPerSample: 1, samplesPerPixel: 1, hasColormap: false,
                        encoding: "ccitt-g4", resolution: ScanResolution(dpi: 300, isEstimated: false)))
            })
    }

    func book(_ store: SohoaStore) throws {
        let configuration = BookConfiguration(pipeline: "ks-ledger", noiDangKy: "UBND xã Ngọc Trạo", quyenSo: "01/2008", namMoSo: 2008)
        try store.saveBook(BookEntry(id: "b1", folder: "/batch/b1", configuration: .success(configuration)))
    }

    @Test func schemaIsMigratedInWALMode() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let store = try SohoaStore(workspace: workspace)
        let (mode, tables) = try store.pool.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
        }
        #expect(mode == "wal")
        for table in ["run", "book", "scanFile", "frame", "page", "opening", "record", "field", "user", "reviewDecision", "auditEntry"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
        // Opening again applies no migration twice.
        _ = try SohoaStore(workspace: workspace)
    }

    @Test func savingAFileTwiceKeepsOneCopy() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let store = try SohoaStore(workspace: workspace)
        try book(store)
        let file = IngestedFile(bookId: "b1", path: "0001.tif", sha256: "aa", byteCount: 10, outcome: frames(2))
        try store.saveIngestedFile(file, runId: nil)
        try store.saveIngestedFile(file, runId: nil)
        let status = try store.status(lockedByRun: false)
        #expect(status.totals.files == 1)
        #expect(status.totals.frames == 2)
    }

    @Test func newContentAtAPathReplacesTheOldRejection() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let store = try SohoaStore(workspace: workspace)
        try book(store)
        try store.saveIngestedFile(
            IngestedFile(bookId: "b1", path: "0005.tif", sha256: "cut", byteCount: 10, outcome: .rejected(.truncated, detail: "cut")), runId: nil)
        #expect(try store.status(lockedByRun: false).rejected.map(\.reason) == ["truncated"])
        try store.saveIngestedFile(IngestedFile(bookId: "b1", path: "0005.tif", sha256: "whole", byteCount: 20, outcome: frames(1)), runId: nil)
        let status = try store.status(lockedByRun: false)
        #expect(status.rejected.isEmpty)
        #expect(status.totals.files == 1)
        #expect(status.totals.frames == 1)
    }

    @Test func aRunThatNeverFinishedIsReportedInterrupted() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let store = try SohoaStore(workspace: workspace)
        let id = try store.startRun(command: "run", batch: "/batch", jobs: 2)
        #expect(try store.status(lockedByRun: false).lastRun?.interrupted == true)
        #expect(try store.status(lockedByRun: true).lastRun?.interrupted == false)
        try store.finishRun(id, exitCode: 2)
        let run = try #require(try store.status(lockedByRun: false).lastRun)
        #expect(!run.interrupted)
        #expect(run.exitCode == 2)
    }

    @Test func aFileThatIsNotADatabaseIsReportedAsSuch() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        try workspace.create()
        try Data(repeating: 0x41, count: 4096).write(to: workspace.database)
        #expect {
            _ = try SohoaStore(workspace: workspace)
        } throws: { error in
            guard let error = error as? StoreError else { return false }
            return error.kind == .incompatible && error.message.contains(workspace.database.path)
        }
    }
}
