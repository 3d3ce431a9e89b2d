import ArgumentParser
import Foundation
import SohoaCore
import SohoaExport
import SohoaPipeline
import SohoaStore

/// `sohoa export`: the national delivery of each book whose fields are all resolved.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write the delivery (xlsx, PDFs, records.jsonl, manifest) of finished books.",
        discussion: """
            The folder given by --out is replaced as a whole, at once: it ends holding either the previous delivery \
            or the new one. A folder that is not empty and holds no manifest.json is never touched.
            """)

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "The folder to write the delivery into.", completion: .directory)
    var out: String

    @Option(name: .customLong("book"), help: "Export only this book (repeatable).")
    var books: [String] = []

    @Flag(help: "Also export books with fields still waiting for review, marked by their status.")
    var includePending = false

    func run() throws {
        let store = try workspace.openExistingStore()
        // Held while exporting, so that no run changes the books half-way through.
        let lock: WorkspaceLock
        do { lock = try WorkspaceLock(workspace.value, holder: "sohoa export") } catch {
            Console.error(error.description)
            throw ExitStatus.couldNotRun.exitCode
        }
        let ready = try readyBooks(store)
        guard !ready.books.isEmpty else {
            print("nothing to export to \(out): no book is ready")
            throw ready.refusedNamed ? ExitStatus.finishedWithRejections.exitCode : ExitCode.success
        }
        let exporter = Exporter(store: store, templates: try templates(), pipelines: try pipelines(ready.books))
        do {
            let summary = try exporter.export(
                books: ready.books.map(\.id), to: URL(fileURLWithPath: out), includePending: includePending
            ) { print($0) }
            print("exported \(summary.books.count) book(s), \(summary.records) records, \(summary.files) files to \(out)")
        } catch {
            Console.error(error.description)
            throw (error.kind == .failed ? ExitStatus.couldNotRun : ExitStatus.usage).exitCode
        }
        _ = consume lock
        if ready.refusedNamed { throw ExitStatus.finishedWithRejections.exitCode }
    }

    /// The chosen books that can be delivered, each other one named with the reason; whether a book named with
    /// `--book` was among those refused.
    private func readyBooks(_ store: SohoaStore) throws -> (books: [StatusReport.Book], refusedNamed: Bool) {
        let report: StatusReport
        do { report = try store.status(lockedByRun: false) } catch {
            Console.error(error.description)
            throw ExitStatus.couldNotRun.exitCode
        }
        let unknown = books.filter { id in !report.books.contains { $0.id == id } }
        guard unknown.isEmpty else {
            Console.error("no such book in the workspace: \(unknown.joined(separator: ", "))")
            throw ExitStatus.usage.exitCode
        }
        var ready: [StatusReport.Book] = []
        for book in report.books where books.isEmpty || books.contains(book.id) {
            if let reason = book.exportBlocker(includePending: includePending) {
                print("\(book.id): not exported — \(reason)")
            } else {
                ready.append(book)
            }
        }
        return (ready, !books.isEmpty && ready.count < Set(books).count)
    }

    private func templates() throws -> ImportTemplates {
        guard let folder = ReferenceData.shippedFolder() else {
            Console.error("cannot find the shipped domain folder; name it with SOHOA_DOMAIN")
            throw ExitStatus.usage.exitCode
        }
        do { return try ImportTemplates.load(from: folder) } catch {
            Console.error(error.description)
            throw ExitStatus.usage.exitCode
        }
    }

    /// The pipelines the books were read with, from the shipped catalog (or `SOHOA_PIPELINES`).
    private func pipelines(_ books: [StatusReport.Book]) throws -> [String: Pipeline] {
        guard let catalog = PipelineCatalog.shipped() else {
            Console.error("cannot find the shipped pipelines folder; name it with SOHOA_PIPELINES")
            throw ExitStatus.usage.exitCode
        }
        var pipelines: [String: Pipeline] = [:]
        for name in Set(books.compactMap(\.pipeline)) {
            do { pipelines[name] = try catalog.pipeline(named: name) } catch {
                Console.error(error.description)
                throw ExitStatus.usage.exitCode
            }
        }
        return pipelines
    }
}
