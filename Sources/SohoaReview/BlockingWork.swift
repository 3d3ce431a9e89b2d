import Foundation
import NIOPosix

/// Work that holds a thread while it runs (SQLite, decoding a page to cut a crop, bcrypt), moved off Swift's
/// cooperative threads and the event loops onto bounded pools of threads, so that one slow request never stalls
/// the others: the handlers of the review page run their work here, as hummingbird-auth's verifier does.
enum BlockingWork {
    /// Runs `work` on NIO's shared pool (a thread per core).
    static func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(work)
    }

    /// Runs a password check on a pool of its own (half the cores), so that logins queue behind each other and
    /// never behind, or in front of, the work of reviewers already logged in.
    static func checkPassword<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await passwords.runIfActive(work)
    }

    private static let passwords: NIOThreadPool = {
        let pool = NIOThreadPool(numberOfThreads: max(1, ProcessInfo.processInfo.activeProcessorCount / 2))
        pool.start()
        return pool
    }()
}
