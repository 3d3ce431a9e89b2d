public import Foundation
import GRDB
public import SohoaCore

/// Record-at-a-time review: every field of one ledger row that a reviewer may decide, claimed together, and
/// decided with one submit in one transaction, each field keeping its own decision, status and audit row.
extension SohoaStore {
    /// Claims, for `hold` seconds, every field `reviewer` may decide in the next record of the queue (book, opening,
    /// row); the record whose fields they already hold comes first.
    public func claimNextRecord(
        for reviewer: Reviewer, filter: QueueFilter = QueueFilter(), hold: TimeInterval = 10 * 60, now: Date = Date()
    ) throws(StoreError) -> ClaimedRecord? {
        let root = workspace.root
        return try write { db -> ClaimedRecord? in
            let queue = try Self.queueConditions(for: reviewer, filter: filter, now: now)
            guard let recordId = try Int64.fetchOne(
                db,
                sql: """
                    SELECT fi.recordId FROM \(Self.queueTables) WHERE \(queue.conditions)
                    ORDER BY COALESCE(c.userId = :user AND NOT c.skipped, 0) DESC, o.bookId, o.sequence, r.row LIMIT 1
                    """,
                arguments: queue.arguments)
            else { return nil }
            var arguments = queue.arguments
            arguments += ["record": recordId]
            let ids = try Int64.fetchAll(
                db, sql: "SELECT fi.id FROM \(Self.queueTables) WHERE \(queue.conditions) AND fi.recordId = :record ORDER BY fi.id",
                arguments: arguments)
            let expiry = now.addingTimeInterval(hold)
            for id in ids { try Self.claim(db, field: id, for: reviewer, at: now, until: expiry) }
            let pending = try ids.compactMap { id in try Self.claimedField(db, id: id, expiry: expiry, root: root) }
            return try Self.claimedRecord(db, id: recordId, pending: pending)
        }
    }

    /// Records `reviewer`'s decisions on fields of record `record` that they hold, all or nothing: when any is
    /// refused, none is kept, and the outcomes say which was refused and why.
    public func decide(
        record: Int64, _ decisions: [FieldReviewDecision], by reviewer: Reviewer, now: Date = Date()
    ) throws(StoreError) -> [Int64: DecisionOutcome] {
        try write { db in
            var outcomes: [Int64: DecisionOutcome] = [:]
            try db.inSavepoint {
                for decision in decisions {
                    guard try Int64.fetchOne(db, sql: "SELECT recordId FROM field WHERE id = ?", arguments: [decision.field]) == record
                    else {
                        outcomes[decision.field] = .refused("this field is not in the record")
                        continue
                    }
                    outcomes[decision.field] = try Self.decide(
                        db, field: decision.field, by: reviewer, action: decision.action, value: decision.value,
                        fourEyes: decision.fourEyes, now: now, on: .record, among: decisions.count)
                }
                let refused = outcomes.values.contains { if case .refused = $0 { true } else { false } }
                return refused ? .rollback : .commit
            }
            return outcomes
        }
    }

    /// Record `id` around the fields `reviewer` holds in it now (none when their holds ran out).
    public func record(_ id: Int64, heldBy reviewer: Reviewer, now: Date = Date()) throws(StoreError) -> ClaimedRecord? {
        let root = workspace.root
        return try read { db in try Self.record(db, id: id, heldBy: reviewer, now: now, root: root) }
    }

    static func record(_ db: Database, id: Int64, heldBy reviewer: Reviewer, now: Date, root: URL) throws -> ClaimedRecord? {
        let held = try Row.fetchAll(
            db,
            sql: """
                SELECT fi.id, c.expiresAt FROM field fi JOIN claim c ON c.fieldId = fi.id
                WHERE fi.recordId = ? AND fi.status = 'review' AND c.userId = ? AND NOT c.skipped AND c.expiresAt >= ?
                ORDER BY fi.id
                """,
            arguments: [id, reviewer.id, now])
        let pending = try held.compactMap { row in try Self.claimedField(db, id: row["id"], expiry: row["expiresAt"], root: root) }
        return try Self.claimedRecord(db, id: id, pending: pending)
    }

    /// The record of `field` around it, as record mode would show it with this one field pending: what field mode
    /// predicts and proposes from (the record's other fields, the one before it, the book's values in the column).
    public func record(around field: ClaimedField) throws(StoreError) -> ClaimedRecord? {
        try read { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT recordId FROM field WHERE id = ?", arguments: [field.fieldId]) else { return nil }
            return try Self.claimedRecord(db, id: id, pending: [field])
        }
    }

    /// The values book `book` holds in column `field` (accepted or decided by a person), at most `limit`, most
    /// frequent first.
    public func bookValues(book: String, field: String, limit: Int = bookValueCount) throws(StoreError) -> [String] {
        try read { db in try Self.bookValues(db, book: book, field: field, limit: limit) }
    }

    /// How many of a column's most frequent values in the book are offered.
    public static let bookValueCount = 5

    private static func bookValues(_ db: Database, book: String, field: String, limit: Int = bookValueCount) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT fi.value FROM field fi JOIN record r ON fi.recordId = r.id JOIN opening o ON r.openingId = o.id
                WHERE o.bookId = ? AND fi.name = ? AND fi.status IN ('accepted', 'confirmed', 'corrected') AND fi.value != ''
                GROUP BY fi.value ORDER BY COUNT(*) DESC, MAX(fi.id) DESC LIMIT ?
                """,
            arguments: [book, field, limit])
    }

    /// The record `id` around the fields a reviewer holds in it: the others as they stand, and the values of the
    /// record before it in the book.
    private static func claimedRecord(_ db: Database, id: Int64, pending: [ClaimedField]) throws -> ClaimedRecord? {
        guard let place = try Row.fetchOne(
            db,
            sql: """
                SELECT r.row, o.sequence, o.bookId, b.pipeline, b.noiDangKy, b.namMoSo
                FROM record r JOIN opening o ON r.openingId = o.id JOIN book b ON o.bookId = b.id WHERE r.id = ?
                """,
            arguments: [id])
        else { return nil }
        let held = Set(pending.map(\.fieldId))
        let settled = try Row.fetchAll(
            db, sql: "SELECT id, name, value, status, reviewStage, side FROM field WHERE recordId = ? ORDER BY id", arguments: [id]
        ).compactMap { row -> SettledField? in
            guard !held.contains(row["id"]), let status = FieldStatus(rawValue: row["status"]) else { return nil }
            let stage = status == .review ? ReviewStage(rawValue: row["reviewStage"] ?? "") ?? .first : nil
            return SettledField(name: row["name"], value: row["value"], status: status, stage: stage, side: row["side"] ?? "left")
        }
        let previous = try Row.fetchAll(
            db,
            sql: """
                SELECT fi.name, fi.value FROM field fi WHERE fi.status NOT IN ('review', 'illegible') AND fi.recordId = (
                  SELECT r2.id FROM record r2 JOIN opening o2 ON r2.openingId = o2.id
                  WHERE o2.bookId = :book AND r2.status != 'not-a-record' AND (o2.sequence < :sequence OR (o2.sequence = :sequence AND r2.row < :row))
                  ORDER BY o2.sequence DESC, r2.row DESC LIMIT 1)
                """,
            arguments: ["book": place["bookId"], "sequence": place["sequence"], "row": place["row"]]
        ).map { ($0["name"] as String, $0["value"] as String) }
        var bookValues: [String: [String]] = [:]
        for name in Set(pending.map(\.name)) { bookValues[name] = try Self.bookValues(db, book: place["bookId"], field: name) }
        return ClaimedRecord(
            recordId: id, bookId: place["bookId"], bookPlace: place["noiDangKy"] ?? "", bookYear: place["namMoSo"], pipeline: place["pipeline"] ?? "",
            openingSequence: place["sequence"], row: place["row"], pending: pending, settled: settled,
            previousValues: Dictionary(previous, uniquingKeysWith: { first, _ in first }), bookValues: bookValues)
    }
}
