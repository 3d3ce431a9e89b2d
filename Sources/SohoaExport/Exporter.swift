public import Foundation
public import SohoaCore
public import SohoaStore

/// Writes the national delivery of books from the store (SPEC.md, "Export layout"): per book the sheet, the
/// archive of record PDFs and `records.jsonl`, then `manifest.json`. The whole output folder is staged and swapped
/// in at the end (`DeliveryFolder`); every timestamp comes from the store, so the same store gives the same bytes.
public struct Exporter {
    let store: SohoaStore
    let templates: ImportTemplates
    /// The pipelines the books were read with, by name.
    let pipelines: [String: Pipeline]

    public init(store: SohoaStore, templates: ImportTemplates, pipelines: [String: Pipeline]) {
        self.store = store
        self.templates = templates
        self.pipelines = pipelines
    }

    /// What an export wrote.
    public struct Summary: Sendable {
        public var books: [String]
        public var records: Int
        public var files: Int
    }

    /// Writes the delivery of `bookIds` (in that order) to `out`, replacing what was there. A book with fields
    /// still waiting for review is refused unless `includePending`.
    public func export(
        books bookIds: [String], to out: URL, includePending: Bool, progress: (String) -> Void
    ) throws(ExportError) -> Summary {
        let folder = try DeliveryFolder(out: out)
        do throws(ExportError) {
            var files: [String] = []
            var books: [Manifest.Book] = []
            for id in bookIds {
                let book: ExportBook?
                do { book = try store.exportBook(id) } catch { throw ExportError(id, error.description) }
                guard let book else { throw ExportError(id, "not a usable book of the workspace") }
                guard let pipeline = pipelines[book.pipeline] else {
                    throw ExportError(id, "its pipeline \(book.pipeline) is not among those loaded", kind: .configuration)
                }
                let delivery = try BookDelivery(
                    book: book, pipeline: pipeline, template: try templates.template(pipeline.templateVersion),
                    includePending: includePending)
                files += try delivery.write(into: folder.staging, progress: progress)
                books.append(Manifest.Book(
                    id: id, records: book.records.count, notRecords: book.notRecords, pendingFields: book.pendingFields))
                let dismissed = book.notRecords > 0 ? ", \(book.notRecords) row(s) dismissed as not a record left out" : ""
                progress("\(id): \(book.records.count) records written\(dismissed)")
            }
            try Manifest(books: books, files: files, in: folder.staging).write(to: folder.staging)
            try folder.publish()
            return Summary(books: bookIds, records: books.reduce(0) { $0 + $1.records }, files: files.count + 1)
        } catch {
            folder.discard()
            throw error
        }
    }
}
