import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// The exclusive claim a `sohoa run` holds on its workspace: an advisory `flock` on `sohoa.lock`, which the kernel
/// releases when the process ends in any way, `kill -9` included, so a crashed run never leaves a stale lock.
public struct WorkspaceLock: ~Copyable {
    private let descriptor: Int32

    /// Takes the lock or throws `.locked` naming the process that holds it.
    public init(_ workspace: Workspace, holder: String) throws(StoreError) {
        let path = workspace.lockFile.path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw StoreError(.unreachable, "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let owner = (try? String(contentsOfFile: path, encoding: .utf8))?
                .trimmingCharacters(in: .whitespacesAndNewlines)
            close(descriptor)
            let by = owner.flatMap { $0.isEmpty ? nil : " (\($0))" } ?? ""
            throw StoreError(.locked, "the workspace \(workspace.root.path) is in use by another sohoa run\(by); wait for it to finish")
        }
        _ = ftruncate(descriptor, 0)
        let note = "\(holder), pid \(getpid()), since \(ISO8601DateFormatter().string(from: Date()))\n"
        _ = note.withCString { write(descriptor, $0, strlen($0)) }
        self.descriptor = descriptor
    }

    deinit {
        _ = ftruncate(descriptor, 0)
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

extension WorkspaceLock {
    /// Whether a run holds the workspace now (tries the lock without keeping it).
    public static func isHeld(_ workspace: Workspace) -> Bool {
        let descriptor = open(workspace.lockFile.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        guard flock(descriptor, LOCK_SH | LOCK_NB) == 0 else { return true }
        _ = flock(descriptor, LOCK_UN)
        return false
    }
}
