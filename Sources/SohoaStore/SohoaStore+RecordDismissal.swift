public import Foundation
import GRDB
public import SohoaCore

/// Blank rows (stains, stray marks) that reached review, dismissed as "not a record" with one key, and given back to
/// the queue by a supervisor who finds a record in one. A dismissed row is not exported; the manifest counts it.
extension SohoaStore {
    /// A row dismissed as not a record, as the supervisor page lists it.
    public struct DismissedRow: Sendable, Equatable {
        public var recordId: Int64
        public var bookId: String
        public var openingSequence: Int
        public var row: Int
        public var by: String
        public var at: Date
    }

    /// Dismisses record `id` as not a record, for `reviewer` who holds fields of it: every field of the row is
    /// marked so (each the reviewer held with its decision row and screen time) and its claims end. Refused unless
    /// `ClaimedRecord.mayBeDismissed`: a row where something was read with certainty, or typed by a person, is a record.
    public func dismiss(record id: Int64, by reviewer: Reviewer, now: Date = Date()) throws(StoreError) -> DecisionOutcome {
        let root = workspace.root
        return try write { db in
            guard let record = try Self.record(db, id: id, heldBy: reviewer, now: now, root: root), !record.pending.isEmpty else {
                return .refused("your hold on this record ran out; take it again from the queue")
            }
            guard record.mayBeDismissed else {
                return .refused("something in this row was read or typed as a value: it is a record")
            }
            for field in record.pending {
                try Self.insertDecision(
                    db, field: field.fieldId, by: reviewer, action: .notARecord, value: field.value, old: field.value, stage: "single",
                    now: now, on: .record,
                    claimedAt: try Date.fetchOne(db, sql: "SELECT claimedAt FROM claim WHERE fieldId = ?", arguments: [field.fieldId]),
                    among: record.pending.count)
            }
            try db.execute(sql: "DELETE FROM claim WHERE fieldId IN (SELECT id FROM field WHERE recordId = ?)", arguments: [id])
            try Self.setStatus(db, record: id, to: .notARecord)
            try Self.audit(db, at: now, actor: reviewer.name, action: ReviewAction.notARecord.rawValue, subject: "record",
                           subjectId: id, old: nil, new: nil)
            return .resolved(.notARecord)
        }
    }

    /// Gives a dismissed row back to the queue, every field of it waiting for review again; false when `id` is not a
    /// dismissed row. Only a supervisor may.
    public func restore(record id: Int64, by supervisor: Reviewer, now: Date = Date()) throws(StoreError) -> Bool {
        guard supervisor.role.includes(.supervisor) else { return false }
        return try write { db in
            guard try String.fetchOne(db, sql: "SELECT status FROM record WHERE id = ?", arguments: [id]) == RecordStatus.notARecord.rawValue
            else { return false }
            try Self.setStatus(db, record: id, to: .review)
            try Self.audit(db, at: now, actor: supervisor.name, action: "restore", subject: "record", subjectId: id, old: nil, new: nil)
            return true
        }
    }

    /// The rows dismissed as not a record, most recently dismissed first.
    public func dismissedRows() throws(StoreError) -> [DismissedRow] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT r.id, o.bookId, o.sequence, r.row, a.actor, a.at FROM record r JOIN opening o ON r.openingId = o.id
                    JOIN auditEntry a ON a.id = (
                      SELECT MAX(id) FROM auditEntry WHERE subject = 'record' AND subjectId = r.id AND action = ?)
                    WHERE r.status = ? ORDER BY a.at DESC, r.id
                    """,
                arguments: [ReviewAction.notARecord.rawValue, RecordStatus.notARecord.rawValue]
            ).map { row in
                DismissedRow(recordId: row["id"], bookId: row["bookId"], openingSequence: row["sequence"], row: row["row"],
                             by: row["actor"], at: row["at"])
            }
        }
    }

    /// Sets every field of record `id`, and the record, to `status`, with no review stage.
    private static func setStatus(_ db: Database, record id: Int64, to status: FieldStatus) throws {
        try db.execute(sql: "UPDATE field SET status = ?, reviewStage = NULL WHERE recordId = ?", arguments: [status.rawValue, id])
        try settleStatus(db, ofRecord: id)
    }
}
