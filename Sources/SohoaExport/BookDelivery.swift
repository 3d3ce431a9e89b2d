import Foundation
import SohoaCore
import SohoaStore

/// The delivery of one book, written into `<folder>/<bookId>/`: the national sheet (`<bookId>.xlsx`), one PDF per
/// record in `<bookId>.zip`, and `records.jsonl`.
struct BookDelivery {
    let book: ExportBook
    let pipeline: Pipeline
    let template: ImportTemplates.Template

    static let sheetName = "DL Import"

    /// Checks that the pipeline's columns are the template's, that every record has all of them, and, unless
    /// `includePending`, that no field still waits for review: the promise is kept here, where the files are
    /// written, whatever the caller checked before.
    init(book: ExportBook, pipeline: Pipeline, template: ImportTemplates.Template, includePending: Bool) throws(ExportError) {
        let outside = pipeline.exportColumns.filter { !template.columns.contains($0) }
        guard outside.isEmpty, template.registerType == pipeline.registerType.rawValue else {
            throw ExportError(
                book.id, "pipeline \(pipeline.name) does not fit template \(pipeline.templateVersion) "
                    + "(register \(template.registerType); columns not in it: \(outside.joined(separator: ", ")))",
                kind: .configuration)
        }
        for record in book.records {
            let missing = pipeline.exportColumns.filter { record.fields[$0] == nil }
            guard missing.isEmpty else {
                throw ExportError(
                    book.id, "record on row \(record.row) of opening \(record.openingSequence) has no \(missing.joined(separator: ", ")); "
                        + "run `sohoa run` again to read it")
            }
        }
        let pending = book.pendingFields
        guard pending == 0 || includePending else {
            throw ExportError(book.id, "\(pending) field(s) wait for review (or use --include-pending)", kind: .usage)
        }
        (self.book, self.pipeline, self.template) = (book, pipeline, template)
    }

    /// Writes the book's files; returns their paths relative to `folder`.
    func write(into folder: URL, progress: (String) -> Void) throws(ExportError) -> [String] {
        let directory = folder.appendingPathComponent(book.id)
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ExportError(directory.path, "cannot create it: \(error.localizedDescription)")
        }
        let columns = pipeline.exportColumns
        let exported = book.records.enumerated().map { index, record in
            ExportedRecord(record, number: index + 1, of: book, columns: columns, template: template)
        }

        let sheet = Workbook(
            sheetName: Self.sheetName, rows: [template.columns.map(SheetCell.text)] + exported.map { $0.sheetRow(template) })
        try sheet.write(to: directory.appendingPathComponent("\(book.id).xlsx"), modified: book.lastChange)

        try writeLines(exported, to: directory.appendingPathComponent("records.jsonl"))
        try writePDFs(exported, to: directory.appendingPathComponent("\(book.id).zip"), progress: progress)
        return ["\(book.id).xlsx", "\(book.id).zip", "records.jsonl"].map { "\(book.id)/\($0)" }
    }

    private func writeLines(_ exported: [ExportedRecord], to url: URL) throws(ExportError) {
        let encoder = JSONFile.encoder()
        var data = Data()
        do {
            for (record, exported) in zip(book.records, exported) {
                let line = RecordLine(
                    record, exported: exported, book: book.id, registerType: pipeline.registerType.rawValue,
                    columns: pipeline.exportColumns)
                data.append(try encoder.encode(line))
                data.append(0x0A)
            }
            try data.write(to: url)
        } catch {
            throw ExportError(url.path, "cannot write it: \(error.localizedDescription)")
        }
    }

    private func writePDFs(_ exported: [ExportedRecord], to url: URL, progress: (String) -> Void) throws(ExportError) {
        let archive = try DeterministicZip(creating: url, modified: book.lastChange)
        var names = Set<String>()
        for (index, (record, exported)) in zip(book.records, exported).enumerated() {
            let images = record.pages.map(\.deliveryImage)
            for image in images where !FileManager.default.fileExists(atPath: image.path) {
                throw ExportError(image.path, "the delivery image of a page of \(book.id) is missing; run `sohoa run` again")
            }
            let name = RecordFileName.pdf(book: book.id, record: record, exported: exported, taken: names)
            names.insert(name)
            try archive.add(name, data: try RecordPDF.data(images: images), compressed: false)
            if (index + 1) % 100 == 0 { progress("\(book.id): \(index + 1)/\(book.records.count) record PDFs") }
        }
    }
}
