import ArgumentParser
import Foundation
import SohoaStore

/// `sohoa status`: books, pages, records, fields by status, rejected inputs and the review backlog.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show what the workspace holds and what is waiting.")

    @OptionGroup var workspace: WorkspaceOptions

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    func run() throws {
        let store = try workspace.openExistingStore()
        let report: StatusReport
        do {
            report = try store.status(lockedByRun: WorkspaceLock.isHeld(workspace.value))
        } catch {
            Console.error(error.description)
            throw ExitStatus.couldNotRun.exitCode
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(report), as: UTF8.self))
        } else {
            print(StatusText.render(report))
        }
    }
}
