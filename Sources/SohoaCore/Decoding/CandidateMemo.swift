import Synchronization

/// Candidates worked out for a field, by everything they depend on, so that routing the same cells again costs
/// nothing.
final class CandidateMemo: Sendable {
    private let storage = Mutex<[String: [FieldCandidate]]>([:])

    /// The candidates under `key`, worked out by `work` the first time.
    func candidates(_ key: String, _ work: () -> [FieldCandidate]) -> [FieldCandidate] {
        if let known = storage.withLock({ $0[key] }) { return known }
        let found = work()
        storage.withLock { $0[key] = found }
        return found
    }
}
