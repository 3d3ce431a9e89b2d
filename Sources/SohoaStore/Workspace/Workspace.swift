public import Foundation

/// The folder that holds all state of a deployment (SPEC.md): the database, prepared images, logs.
/// Delete it and nothing of sohoa is left behind.
public struct Workspace: Sendable, Equatable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    public var database: URL { root.appendingPathComponent("sohoa.sqlite") }
    public var lockFile: URL { root.appendingPathComponent("sohoa.lock") }
    public var logs: URL { root.appendingPathComponent("logs", isDirectory: true) }
    public var pages: URL { root.appendingPathComponent("pages", isDirectory: true) }

    /// Creates the workspace folders if they are missing.
    public func create() throws(StoreError) {
        do {
            for folder in [root, logs, pages] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            }
        } catch {
            throw StoreError(.unreachable, "cannot create the workspace at \(root.path): \(error.localizedDescription)")
        }
    }

    /// Whether a database exists here, so that read-only commands can say "no workspace" instead of creating one.
    public var exists: Bool { FileManager.default.fileExists(atPath: database.path) }
}
