import Foundation

/// Finds a folder sohoa ships beside its executable: `$<variable>` when set, else the nearest `<name>/` (a
/// development checkout) or `share/sohoa/<name>/` (an installed build) beside or above the executable that holds
/// `marker`.
enum ShippedFolder {
    static func find(named name: String, marker: String, variable: String, executable: URL) -> URL? {
        if let path = ProcessInfo.processInfo.environment[variable], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        var directory = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        while directory.path != "/" {
            for candidate in [name, "share/sohoa/\(name)"] {
                let folder = directory.appendingPathComponent(candidate)
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent(marker).path) { return folder }
            }
            directory.deleteLastPathComponent()
        }
        return nil
    }
}
