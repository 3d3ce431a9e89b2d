import ArgumentParser
import Foundation
import SohoaStore

/// The `--workspace` option every command shares.
struct WorkspaceOptions: ParsableArguments {
    @Option(name: .long, help: "The workspace folder: database, prepared pages, logs.", completion: .directory)
    var workspace: String

    var value: Workspace { Workspace(root: URL(fileURLWithPath: workspace)) }

    /// Opens the store, or stops with exit 3 and the reason.
    func openStore() throws -> SohoaStore {
        do { return try SohoaStore(workspace: value) } catch {
            Console.error(error.description)
            throw ExitStatus.couldNotRun.exitCode
        }
    }

    /// Opens the store of an existing workspace for reading, without creating one where there is none.
    func openExistingStore() throws -> SohoaStore {
        guard value.exists else {
            Console.error("no sohoa workspace at \(value.root.path) (run `sohoa run <batch> --workspace \(workspace)` first)")
            throw ExitStatus.couldNotRun.exitCode
        }
        return try openStore()
    }
}
