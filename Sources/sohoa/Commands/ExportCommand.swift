import ArgumentParser
import Foundation
import SohoaStore

/// `sohoa export`: the national delivery of each book whose fields are all resolved.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the delivery (xlsx, PDFs, records.jsonl, manifest) of finished books.")

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "The folder to write the delivery into.", completion: .directory)
    var out: String

    @Option(name: .customLong("book"), help: "Export only this book (repeatable).")
    var books: [String] = []

    @Flag(help: "Also export books with fields still waiting for review, marked by their status.")
    var includePending = false

    func run() throws {
        let store = try workspace.openExistingStore()
        let report: StatusReport
        do { report = try store.status(lockedByRun: WorkspaceLock.isHeld(workspace.value)) } catch {
            Console.error(error.description)
            throw ExitStatus.couldNotRun.exitCode
        }
        let unknown = books.filter { id in !report.books.contains { $0.id == id } }
        guard unknown.isEmpty else {
            Console.error("no such book in the workspace: \(unknown.joined(separator: ", "))")
            throw ExitStatus.usage.exitCode
        }
        let chosen = report.books.filter { books.isEmpty || books.contains($0.id) }
        var ready = 0
        for book in chosen {
            if let reason = ExportReadiness.blocker(for: book, includePending: includePending) {
                print("\(book.id): not exported — \(reason)")
            } else {
                ready += 1
            }
        }
        guard ready == 0 else {
            Console.error("writing deliveries is not built yet: \(ready) book(s) are ready but nothing was written to \(out)")
            throw ExitStatus.usage.exitCode
        }
        print("nothing to export to \(out): no book is ready")
    }
}

/// Whether a book can be delivered, and if not, why.
enum ExportReadiness {
    static func blocker(for book: StatusReport.Book, includePending: Bool) -> String? {
        if let error = book.configurationError { return "its book.yaml is invalid (\(error))" }
        if book.frames == 0 { return "no scan of it has been ingested" }
        if book.records == 0 { return "its pages have not been read yet (no records)" }
        let pending = book.fields["review"] ?? 0
        if pending > 0, !includePending { return "\(pending) field(s) wait for review (or use --include-pending)" }
        return nil
    }
}
