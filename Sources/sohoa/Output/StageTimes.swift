import Foundation

/// How long each stage of a run took, for the line `run` ends with and for `scripts/bench`.
struct StageTimes {
    private(set) var entries: [(stage: String, seconds: Double)] = []

    mutating func time<T, Failure: Error>(_ stage: String, _ work: () throws(Failure) -> T) throws(Failure) -> T {
        let start = Date()
        defer { entries.append((stage, Date().timeIntervalSince(start))) }
        return try work()
    }
}
