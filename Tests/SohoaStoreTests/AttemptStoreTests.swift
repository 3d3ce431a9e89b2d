import Foundation
import GRDB
import SohoaCore
@testable import SohoaStore
import SohoaTestSupport
import Testing

/// Attempts at work items: what a dead run leaves, how the next run tells a crash from a kill, and what it sets aside.
@Suite struct AttemptStoreTests {
    let workspace = Workspace(root: FileManager.default.temporaryDirectory.appendingPathComponent("attempts-\(UUID())"))
    let retry = "sohoa run batch --workspace ws --retry-crashed"

    func run(_ store: SohoaStore) throws -> Int64 { try store.startRun(command: "run", batch: "batch", jobs: 2) }

    func rejection(_ store: SohoaStore) throws -> StatusReport.RejectedInput? {
        try store.status(lockedByRun: false).rejected.first
    }

    /// `times` runs that each settle what the one before left, start `item` and die on it, crashing with `signal`
    /// (the crash noted) or killed when it is nil; returns the crash notes they left.
    func die(_ times: Int, on item: WorkItem, in store: SohoaStore, signal: Int?) throws -> [NotedCrash] {
        var crashes: [NotedCrash] = []
        for _ in 1...times {
            let dead = try run(store)
            #expect(try store.settleAttempts(run: dead, crashes: crashes, retry: retry).isEmpty)
            try store.beginAttempt(item, run: dead)
            if let signal { crashes.append(NotedCrash(run: dead, stage: item.stage, subject: item.subject, signal: signal)) }
        }
        return crashes
    }

    @Test func aFrameTwoRunsCrashedOnIsSetAsideAndNamedInStatus() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (store, frame) = try StoreFixture.storeWithOneFrame(in: workspace)
        let item = WorkItem.frame(frame)
        let crashes = try die(2, on: item, in: store, signal: 11)
        // The first death is settled (a crash), the second not yet: status counts it as an interruption meanwhile.
        let interrupted = try store.status(lockedByRun: false).interrupted
        #expect(interrupted.count == 1 && interrupted[0].file == "0001.tif")
        #expect(interrupted.first?.crashes == 1 && interrupted.first?.interruptions == 1)

        let setAside = try store.settleAttempts(run: try run(store), crashes: crashes, retry: retry)
        #expect(setAside == [item])
        #expect(try store.framesToPrepare().isEmpty)
        let rejected = try #require(try rejection(store))
        #expect(rejected.file == "0001.tif" && rejected.frame == 0 && rejected.reason == "crashed-reader")
        #expect(rejected.detail?.contains("2 times in the prepare stage (SIGSEGV, SIGSEGV)") == true)
        #expect(rejected.detail?.hasSuffix(retry) == true)
        #expect(try store.status(lockedByRun: false).interrupted.isEmpty)

        #expect(try store.releaseSetAside() == 1)
        #expect(try store.framesToPrepare().map(\.frameId) == [frame.frameId])
        #expect(try rejection(store) == nil)
    }

    /// Eight `kill -9`s with the frame in flight, no crash noted: tried again. A finished frame forgets its deaths.
    @Test func killsAloneDoNotSetAFrameAside() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (store, frame) = try StoreFixture.storeWithOneFrame(in: workspace)
        let item = WorkItem.frame(frame)
        _ = try die(8, on: item, in: store, signal: nil)
        let live = try run(store)
        #expect(try store.settleAttempts(run: live, crashes: [], retry: retry).isEmpty)
        #expect(try store.status(lockedByRun: true).interrupted.first?.interruptions == 8)
        try store.beginAttempt(item, run: live)
        try store.finishAttempts(item)
        #expect(try store.status(lockedByRun: false).interrupted.isEmpty)
        #expect(try store.framesToPrepare().count == 1)
    }

    /// A crash noted for another item, or by another run, is not this item's.
    @Test func aCrashCountsOnlyForTheItemAndRunItNames() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (store, frame) = try StoreFixture.storeWithOneFrame(in: workspace)
        let item = WorkItem.frame(frame)
        _ = try die(2, on: item, in: store, signal: nil)
        let elsewhere = [
            NotedCrash(run: 1, stage: .prepare, subject: "999", signal: 11),
            NotedCrash(run: 999, stage: .prepare, subject: item.subject, signal: 11),
            NotedCrash(run: 2, stage: .recognize, subject: item.subject, signal: 11),
        ]
        #expect(try store.settleAttempts(run: try run(store), crashes: elsewhere, retry: retry).isEmpty)
        #expect(try store.status(lockedByRun: false).interrupted.first?.crashes == 0)
    }

    /// A file a reader crashed on while it was inspected is refused as a whole, and the plan then knows it.
    @Test func aFileCrashedOnInIngestIsRecordedAsRejected() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (store, _) = try StoreFixture.storeWithOneFrame(in: workspace)
        let item = WorkItem.file(bookId: "b", path: "0002.png", sha256: "bb", byteCount: 77)
        let crashes = try die(2, on: item, in: store, signal: 7)
        #expect(try store.settleAttempts(run: try run(store), crashes: crashes, retry: retry) == [item])
        let stored = try store.scanFiles(inBook: "b").first { $0.path == "0002.png" }
        #expect(stored?.sha256 == "bb" && stored?.rejection == "crashed-reader")
        #expect(try store.releaseSetAside() == 1)
        #expect(try store.scanFiles(inBook: "b").allSatisfy { $0.path != "0002.png" })
    }

    /// An opening a reader crashed on sets aside the frames it stands on: they leave the book's pages and openings.
    @Test func anOpeningCrashedOnSetsItsFramesAside() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let store = try StoreFixture.store(in: workspace, records: 1, fields: [StoreFixture.Field("nksHoTen", text: "A", reasons: [])])
        try store.pool.write { try $0.execute(sql: "UPDATE opening SET status = 'prepared'") }
        let opening = try #require(try store.openingsToRead().first)
        let item = WorkItem.opening(opening)
        #expect(item.file == "0001.tif" && item.frameIndex == 0)
        let crashes = try die(2, on: item, in: store, signal: 11)
        #expect(try store.settleAttempts(run: try run(store), crashes: crashes, retry: retry) == [item])
        #expect(try store.preparedPages(ofBook: "b").isEmpty)
        #expect(try rejection(store)?.detail?.contains("recognize stage") == true)
    }
}
