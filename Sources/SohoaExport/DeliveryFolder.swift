import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// The output folder of an export, replaced as a whole and at once. The delivery is written into a staging folder
/// beside it (`.<name>.sohoa-export-<pid>`) and swapped in by one `renameat2(RENAME_EXCHANGE)`, so that a reader, or
/// a process killed at any moment, sees the previous delivery or the new one, never a mix. A folder that is
/// neither empty nor a sohoa delivery (no `manifest.json`) is never replaced.
struct DeliveryFolder {
    let out: URL
    let staging: URL

    private static let stagingTag = ".sohoa-export-"

    /// Prepares a fresh staging folder for `out`, clearing those that killed exports left behind.
    init(out: URL) throws(ExportError) {
        let out = out.standardizedFileURL
        let files = FileManager.default
        var isFolder: ObjCBool = false
        if files.fileExists(atPath: out.path, isDirectory: &isFolder) {
            let contents = (try? files.contentsOfDirectory(atPath: out.path)) ?? []
            guard isFolder.boolValue, contents.isEmpty || contents.contains(Manifest.fileName) else {
                throw ExportError(out.path, "exists and is not a sohoa delivery (no \(Manifest.fileName)); choose another --out", kind: .usage)
            }
        }
        let parent = out.deletingLastPathComponent()
        let prefix = "." + out.lastPathComponent + Self.stagingTag
        for name in (try? files.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            if let pid = Int32(name.dropFirst(prefix.count)), pid != getpid(), kill(pid, 0) == 0 || errno == EPERM {
                continue  // another export to the same folder is still writing
            }
            try? files.removeItem(at: parent.appendingPathComponent(name))
        }
        self.out = out
        staging = parent.appendingPathComponent(prefix + String(getpid()))
        do {
            try files.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw ExportError(staging.path, "cannot create the staging folder: \(error.localizedDescription)")
        }
    }

    /// Puts the staged delivery in place of `out` in one step, then removes the previous delivery.
    func publish() throws(ExportError) {
        let files = FileManager.default
        if files.fileExists(atPath: out.path) {
            guard Self.exchange(staging.path, out.path) == 0 else {
                throw ExportError(out.path, "cannot swap in the new delivery: \(String(cString: strerror(errno)))")
            }
        } else {
            guard rename(staging.path, out.path) == 0 else {
                throw ExportError(out.path, "cannot move the new delivery in place: \(String(cString: strerror(errno)))")
            }
        }
        try? files.removeItem(at: staging)
    }

    /// Discards the staging folder (an export that failed leaves the previous delivery as it was).
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// `renameat2(…, RENAME_EXCHANGE)`: glibc has it since 2.28, but Swift's Glibc module does not declare it.
    private static func exchange(_ first: String, _ second: String) -> Int32 {
        typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else {
            errno = ENOSYS
            return -1
        }
        let renameExchange: UInt32 = 1 << 1
        return unsafeBitCast(symbol, to: Renameat2.self)(AT_FDCWD, first, AT_FDCWD, second, renameExchange)
    }
}
