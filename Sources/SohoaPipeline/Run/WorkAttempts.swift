import Foundation
import SohoaCore
public import SohoaStore

/// One run's attempts at its work items. Each item is marked in progress (in the store, with the run's id, and in the
/// thread's crash note) before any library touches it and cleared when it is done, so that the next run knows which
/// items this one died on and whether it crashed on them (`CrashQuarantine`).
public struct WorkAttempts: Sendable {
    public let store: SohoaStore
    public let run: Int64

    /// Settles what earlier runs left behind (their crash notes read, their unfinished attempts recorded as deaths,
    /// items that keep killing the process set aside, explained with `retry`), then starts this run's crash note.
    /// Returns the attempts and the items set aside now.
    public static func start(store: SohoaStore, run: Int64, retry: String) throws(PipelineRunError) -> (WorkAttempts, [WorkItem]) {
        let crashes = CrashNote.read(in: store.workspace)
        let setAside: [WorkItem]
        do { setAside = try store.settleAttempts(run: run, crashes: crashes, retry: retry) } catch { throw .store(error) }
        try CrashNote.open(in: store.workspace)
        return (WorkAttempts(store: store, run: run), setAside)
    }

    /// Marks `item` in progress; call from the thread that works on it.
    func begin(_ item: WorkItem) throws(StoreError) {
        try store.beginAttempt(item, run: run)
        CrashNote.begin(item, run: run)
        TestCrashSwitch.abortIfNamed(item)
    }

    /// Marks `item` done, read or refused: its past deaths no longer count.
    func finish(_ item: WorkItem) throws(StoreError) {
        CrashNote.end()
        try store.finishAttempts(item)
    }
}
