import Foundation
import GRDB
import SohoaCore

extension SohoaStore {
    /// A book with its records in book order (opening, then row), as the export writes it, rows dismissed as "not a
    /// record" counted but left out; nil when the store does not know the book or has no usable configuration for it.
    public func exportBook(_ id: String) throws(StoreError) -> ExportBook? {
        let root = workspace.root
        return try read { db -> ExportBook? in
            guard let book = try Row.fetchOne(
                db, sql: "SELECT folder, pipeline, noiDangKy, quyenSo FROM book WHERE id = ? AND configurationError IS NULL",
                arguments: [id]), let pipeline: String = book["pipeline"]
            else { return nil }
            let pages = try Self.deliveryPages(db, bookId: id, root: root)
            let fields = try Self.exportFields(db, bookId: id)
            let records = try Row.fetchAll(
                db,
                sql: """
                    SELECT r.id, r.row, r.status, o.sequence, o.leftPageId, o.rightPageId FROM record r
                    JOIN opening o ON r.openingId = o.id WHERE o.bookId = ? ORDER BY o.sequence, r.row
                    """,
                arguments: [id])
            let delivered = records.filter { $0["status"] != RecordStatus.notARecord.rawValue }.map { row in
                let opening: [(String, Int64?)] = [("left", row["leftPageId"]), ("right", row["rightPageId"])]
                return ExportRecord(
                    openingSequence: row["sequence"], row: row["row"],
                    pages: opening.compactMap { side, pageId in pageId.flatMap { pages[$0] }.map { page in
                        var page = page
                        page.side = side
                        return page
                    } },
                    fields: fields[row["id"]] ?? [:])
            }
            return ExportBook(
                id: id, folder: book["folder"], pipeline: pipeline, noiDangKy: book["noiDangKy"] ?? "",
                quyenSo: book["quyenSo"] ?? "", records: delivered,
                notRecords: records.count - delivered.count, lastChange: try Self.lastChange(db, bookId: id))
        }
    }

    /// The prepared pages of a book by id (their side is set by the opening that holds them).
    private static func deliveryPages(_ db: Database, bookId: String, root: URL) throws -> [Int64: ExportPage] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT p.id, p.pageNumber, p.deliveryPath, fr.frameIndex, f.path FROM page p
                JOIN frame fr ON p.frameId = fr.id JOIN scanFile f ON fr.scanFileId = f.id
                WHERE f.bookId = ? AND p.deliveryPath IS NOT NULL
                """,
            arguments: [bookId])
        return Dictionary(uniqueKeysWithValues: rows.map { row in
            (row["id"], ExportPage(
                side: "", file: row["path"], frame: row["frameIndex"], pageNumber: row["pageNumber"],
                deliveryImage: root.appendingPathComponent(row["deliveryPath"])))
        })
    }

    /// The fields of a book's records, by record id and export column.
    private static func exportFields(_ db: Database, bookId: String) throws -> [Int64: [String: ExportField]] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT fi.recordId, fi.name, fi.text, fi.value, fi.status, fi.confidence, fi.reasons, fi.candidates FROM field fi
                JOIN record r ON fi.recordId = r.id JOIN opening o ON r.openingId = o.id WHERE o.bookId = ?
                """,
            arguments: [bookId])
        var fields: [Int64: [String: ExportField]] = [:]
        for row in rows {
            let reasons = try Self.strings(json: row["reasons"] as String)
            fields[row["recordId"], default: [:]][row["name"]] = ExportField(
                text: row["text"], value: row["value"], status: FieldStatus(rawValue: row["status"]) ?? .review,
                confidence: row["confidence"] ?? 0, reasons: reasons,
                candidates: Self.candidates(json: row["candidates"]))
        }
        return fields
    }

    /// When the book's delivery last changed by a person's hand: its last field decided (the Unix epoch when none).
    /// When its pages were read is left out: a run killed and resumed, or run again on the same scans, reads them at
    /// other times, and must deliver the same bytes.
    private static func lastChange(_ db: Database, bookId: String) throws -> Date {
        try Date.fetchOne(
            db,
            sql: """
                SELECT MAX(d.decidedAt) FROM reviewDecision d JOIN field fi ON d.fieldId = fi.id
                JOIN record r ON fi.recordId = r.id JOIN opening o ON r.openingId = o.id WHERE o.bookId = ?
                """,
            arguments: [bookId]) ?? Date(timeIntervalSince1970: 0)
    }
}
