import Foundation
import SohoaCore
import SohoaStore

/// A record as the delivery writes it: the value of each template column it fills, NFC. Illegible fields are
/// blank and named in `ghiChu` (templates.md: no code exists for "unreadable"); so are fields still waiting for
/// review when pending books are exported. Book-level values go into every record.
struct ExportedRecord {
    /// Values by template column; a column not here is blank.
    var values: [String: String]
    /// The record's 1-based number in the book (`STT`).
    var number: Int

    static let illegibleNote = "Không đọc được"
    static let pendingNote = "Chưa duyệt"

    init(_ record: ExportRecord, number: Int, of book: ExportBook, columns: [String], template: ImportTemplates.Template) {
        self.number = number
        var values: [String: String] = ["quyenSo": book.quyenSo, "noiDangKy": book.noiDangKy]
        if let page = record.pages.first(where: { $0.side == "left" })?.pageNumber { values["trangSo"] = String(page) }
        var illegible: [String] = []
        var pending: [String] = []
        for column in columns {
            guard let field = record.fields[column] else { continue }
            switch field.status {
            case .illegible: illegible.append(column)
            case .review: pending.append(column)
            case .accepted, .confirmed, .corrected, .notARecord: break
            }
            values[column] = field.status == .illegible ? "" : field.value
        }
        let notes = [(Self.illegibleNote, illegible), (Self.pendingNote, pending)].filter { !$1.isEmpty }
            .map { "\($0): \($1.joined(separator: ", "))" }
        values["ghiChu"] = ([values["ghiChu"] ?? ""] + notes).filter { !$0.isEmpty }.joined(separator: "; ")
        for (column, derivation) in template.derived ?? [:] {
            switch derivation.rule {
            case .dateInWords:
                values[column] = values[derivation.from].flatMap(CalendarDate.init(exported:)).map(DateInWords.words)
            }
        }
        self.values = values.compactMapValues { $0.isEmpty ? nil : $0.precomposedStringWithCanonicalMapping }
    }

    /// The record's row of the national sheet: `STT` numbered, every other column as text.
    func sheetRow(_ template: ImportTemplates.Template) -> [SheetCell] {
        template.columns.map { column in column == "STT" ? .number(number) : .text(values[column] ?? "") }
    }
}
