import Foundation

/// What this process has used, for the line `run` ends with and for benchmarks.
enum ResourceUsage {
    /// The peak resident memory of this program image in bytes (`VmHWM`). Unlike `getrusage`'s `ru_maxrss` it is not
    /// inherited from the process that started this one, so it measures sohoa alone.
    static func peakResidentBytes() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") })
        else { return nil }
        let kilobytes = line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first.flatMap { Int($0) }
        return kilobytes.map { $0 * 1024 }
    }
}
