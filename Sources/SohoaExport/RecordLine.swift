import Foundation
import SohoaCore
import SohoaStore

/// One line of `records.jsonl` (SPEC.md): a record with its source images, its status, and every pipeline column
/// with its exported value, raw reading, status, confidence and reasons. Its shape is `schemas/records.schema.json`.
struct RecordLine: Encodable {
    struct Source: Encodable {
        var file: String
        var frame: Int
        var side: String
    }

    struct Field: Encodable {
        var value: String
        var text: String
        var status: String
        var confidence: Double
        var reasons: [String]
        /// Up to five proposed values for a field not accepted (SPEC.md); left out when there are none.
        var candidates: [FieldCandidate]?
    }

    var book: String
    var registerType: String
    var row: Int
    var source: [Source]
    var status: String
    var fields: [String: Field]

    init(_ record: ExportRecord, exported: ExportedRecord, book: String, registerType: String, columns: [String]) {
        self.book = book
        self.registerType = registerType
        row = record.row
        source = record.pages.map { Source(file: $0.file, frame: $0.frame, side: $0.side) }
        status = record.status.rawValue
        var fields: [String: Field] = [:]
        for column in columns {
            guard let stored = record.fields[column] else { continue }
            fields[column] = Field(
                value: exported.values[column] ?? "", text: stored.text.precomposedStringWithCanonicalMapping,
                status: stored.status.rawValue, confidence: (stored.confidence * 1000).rounded() / 1000,
                reasons: stored.reasons,
                candidates: stored.status == .review && !stored.candidates.isEmpty
                    ? stored.candidates.map { FieldCandidate(value: $0.value.precomposedStringWithCanonicalMapping, p: ($0.p * 1000).rounded() / 1000) }
                    : nil)
        }
        self.fields = fields
    }
}
