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

    /// Runs `work` on `item` while it is marked in progress (call from the thread that does it), and marks it done
    /// whether the work succeeded or threw: a reader's error is a result, not a death, and its past deaths no longer
    /// count. The caller commits the result afterwards, so a kill in between costs the work again, never a stale mark.
    func attempt<Success, Failure: Error>(
        _ item: WorkItem, _ work: () throws(Failure) -> Success
    ) throws(StoreError) -> Result<Success, Failure> {
        try store.beginAttempt(item, run: run)
        CrashNote.begin(item, run: run)
        TestCrashSwitch.abortIfNamed(item)
        let result: Result<Success, Failure>
        do throws(Failure) { result = .success(try work()) } catch { result = .failure(error) }
        CrashNote.end()
        try store.finishAttempts(item)
        return result
    }
}
