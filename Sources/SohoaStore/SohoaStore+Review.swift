public import Foundation
import GRDB
public import SohoaCore

/// The review queue: fields handed out one at a time under a claim that expires, so that two reviewers working at
/// once never get the same field; and decisions, each one a row of `reviewDecision` and of the audit trail.
extension SohoaStore {
    /// Claims the next field `reviewer` may decide, in book order (book, opening, row, then the form's order of the
    /// record's fields), for `hold` seconds; the field they already hold comes first. Each claim is one write
    /// transaction, which SQLite runs one at a time.
    public func claimNextField(
        for reviewer: Reviewer, filter: QueueFilter = QueueFilter(), hold: TimeInterval = 10 * 60, now: Date = Date()
    ) throws(StoreError) -> ClaimedField? {
        let root = workspace.root
        return try write { db -> ClaimedField? in
            let queue = try Self.queueConditions(for: reviewer, filter: filter, now: now)
            guard let id = try Int64.fetchOne(
                db,
                sql: """
                    SELECT fi.id FROM \(Self.queueTables) WHERE \(queue.conditions)
                    ORDER BY COALESCE(c.userId = :user AND NOT c.skipped, 0) DESC, o.bookId, o.sequence, r.row, fi.id LIMIT 1
                    """,
                arguments: queue.arguments)
            else { return nil }
            let expiry = now.addingTimeInterval(hold)
            try Self.claim(db, field: id, for: reviewer, at: now, until: expiry)
            return try Self.claimedField(db, id: id, expiry: expiry, root: root)
        }
    }

    /// A field and where it is: `fi` the field, `r` its record, `o` its opening, `b` its book.
    static let fieldTables = """
        field fi JOIN record r ON fi.recordId = r.id JOIN opening o ON r.openingId = o.id JOIN book b ON o.bookId = b.id
        """

    /// The tables a queue query reads: `fieldTables` and `c`, the field's claim.
    static let queueTables = "\(fieldTables) LEFT JOIN claim c ON c.fieldId = fi.id"

    /// The conditions under which `reviewer` may take a field of `queueTables` now, and their arguments
    /// (`:user` is the reviewer's id).
    static func queueConditions(
        for reviewer: Reviewer, filter: QueueFilter, now: Date
    ) throws -> (conditions: String, arguments: StatementArguments) {
        var conditions = [
            "fi.status = 'review'",
            // Free, lapsed, skipped by someone else, or already this reviewer's.
            "(c.fieldId IS NULL OR c.expiresAt < :now OR (c.skipped AND c.userId != :user) OR (c.userId = :user AND NOT c.skipped))",
            // A second reading by someone other than the first reader; a dispute for a supervisor who gave no reading.
            """
            (fi.reviewStage IS NULL OR fi.reviewStage = 'first'
             OR (fi.reviewStage = 'second' AND NOT EXISTS
                 (SELECT 1 FROM reviewDecision d WHERE d.fieldId = fi.id AND d.userId = :user AND d.stage = 'first'))
             OR (fi.reviewStage = 'dispute' AND :supervisor AND NOT EXISTS
                 (SELECT 1 FROM reviewDecision d WHERE d.fieldId = fi.id AND d.userId = :user AND d.stage IN ('first', 'second'))))
            """,
        ]
        var arguments: [String: (any DatabaseValueConvertible)?] = [
            "now": now, "user": reviewer.id, "supervisor": reviewer.role.includes(.supervisor),
        ]
        if let book = filter.book {
            conditions.append("o.bookId = :book")
            arguments["book"] = book
        }
        if let pipelines = filter.pipelines {
            conditions.append("b.pipeline IN (SELECT value FROM json_each(:pipelines))")
            arguments["pipelines"] = String(decoding: try JSONEncoder().encode(pipelines), as: UTF8.self)
        }
        if let reason = filter.reason {
            conditions.append("EXISTS (SELECT 1 FROM json_each(fi.reasons) WHERE value = :reason)")
            arguments["reason"] = reason.rawValue
        }
        return (conditions.joined(separator: " AND "), StatementArguments(arguments))
    }

    /// Gives `field` to `reviewer` from `now`, when its screen is served, until `expiry`.
    static func claim(_ db: Database, field: Int64, for reviewer: Reviewer, at now: Date, until expiry: Date) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO claim (fieldId, userId, expiresAt, skipped, claimedAt) VALUES (?, ?, ?, 0, ?)",
            arguments: [field, reviewer.id, expiry, now])
    }

    /// Records `reviewer`'s decision on a field they hold. With `fourEyes`, the first reading only waits for a
    /// second by someone else; equal readings resolve the field, different ones go to a supervisor, who decides.
    /// `value` is the corrected value (ignored unless correcting).
    public func decide(
        field id: Int64, by reviewer: Reviewer, action: ReviewAction, value: String, fourEyes: Bool, now: Date = Date()
    ) throws(StoreError) -> DecisionOutcome {
        try write { db in
            try Self.decide(db, field: id, by: reviewer, action: action, value: value, fourEyes: fourEyes, now: now, on: .field, among: 1)
        }
    }

    /// `decide(field:by:action:value:fourEyes:now:)` inside a write transaction, taken on a screen of `mode` with
    /// `among` decisions posted together (which share the screen's time).
    static func decide(
        _ db: Database, field id: Int64, by reviewer: Reviewer, action: ReviewAction, value: String, fourEyes: Bool, now: Date,
        on mode: ReviewMode, among: Int
    ) throws -> DecisionOutcome {
        guard let field = try Row.fetchOne(
            db, sql: "SELECT status, value, reviewStage FROM field WHERE id = ?", arguments: [id]),
            field["status"] as String == FieldStatus.review.rawValue
        else { return .refused("this field is no longer waiting for review") }
        guard let claim = try Row.fetchOne(
            db, sql: "SELECT claimedAt FROM claim WHERE fieldId = ? AND userId = ? AND NOT skipped AND expiresAt >= ?",
            arguments: [id, reviewer.id, now])
        else { return .refused("your hold on this field ran out; take it again from the queue") }
        let old: String = field["value"]
        let decided = action == .correct ? value.precomposedStringWithCanonicalMapping : old
        func record(_ stage: String) throws {
            try Self.insertDecision(
                db, field: id, by: reviewer, action: action, value: decided, old: old, stage: stage, now: now, on: mode,
                claimedAt: claim["claimedAt"], among: among)
            try Self.audit(db, at: now, actor: reviewer.name, action: "\(action.rawValue) (\(stage))", subject: "field",
                           subjectId: id, old: old, new: decided)
        }
        if action == .skip {
            try db.execute(sql: "UPDATE claim SET skipped = 1 WHERE fieldId = ?", arguments: [id])
            try record("skip")
            return .skipped
        }
        try db.execute(sql: "DELETE FROM claim WHERE fieldId = ?", arguments: [id])
        let stage = ReviewStage(rawValue: field["reviewStage"] ?? "") ?? .first
        switch stage {
        case .first where fourEyes:
            try record("first")
            try db.execute(sql: "UPDATE field SET reviewStage = 'second' WHERE id = ?", arguments: [id])
            return .awaitingSecondReading
        case .first:
            try record("single")
        case .second:
            let first = try Row.fetchOne(
                db, sql: "SELECT userId, action, value FROM reviewDecision WHERE fieldId = ? AND stage = 'first' ORDER BY id DESC",
                arguments: [id])
            guard first?["userId"] as Int64? != reviewer.id else { return .refused("a second reading must be someone else's") }
            try record("second")
            guard first?["action"] as String? == action.rawValue, first?["value"] as String? == decided else {
                try db.execute(sql: "UPDATE field SET reviewStage = 'dispute' WHERE id = ?", arguments: [id])
                return .disputed
            }
        case .dispute:
            let readers = try Int64.fetchAll(
                db, sql: "SELECT userId FROM reviewDecision WHERE fieldId = ? AND stage IN ('first', 'second')", arguments: [id])
            guard reviewer.role.includes(.supervisor), !readers.contains(reviewer.id) else {
                return .refused("a dispute is settled by a supervisor who did not read the field")
            }
            try record("arbitration")
        }
        guard let status = action.status else { return .skipped }
        try db.execute(
            sql: "UPDATE field SET status = ?, value = ?, reviewStage = NULL WHERE id = ?",
            arguments: [status.rawValue, decided, id])
        if let record = try Int64.fetchOne(db, sql: "SELECT recordId FROM field WHERE id = ?", arguments: [id]) {
            try Self.settleStatus(db, ofRecord: record)
        }
        return .resolved(status)
    }

    /// Writes a reviewer's decision on field `id`, with the mode of its screen and its share of the time that screen
    /// was open (from `claimedAt`, the screen's serving, to `now`, shared equally among the `among` decisions posted
    /// together; unknown without `claimedAt`).
    static func insertDecision(
        _ db: Database, field id: Int64, by reviewer: Reviewer, action: ReviewAction, value: String, old: String, stage: String,
        now: Date, on mode: ReviewMode, claimedAt: Date?, among: Int
    ) throws {
        let seconds = claimedAt.map { max(0, now.timeIntervalSince($0)) / Double(max(among, 1)) }
        try db.execute(
            sql: """
                INSERT INTO reviewDecision (fieldId, userId, action, value, oldValue, stage, decidedAt, mode, seconds)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [id, reviewer.id, action.rawValue, value, old, stage, now, mode.rawValue, seconds])
    }

    /// A field as the decision screen shows it, whoever holds it (nil when there is no such field).
    public func reviewField(_ id: Int64, now: Date = Date()) throws(StoreError) -> ClaimedField? {
        let root = workspace.root
        return try read { db in
            let expiry = try Date.fetchOne(db, sql: "SELECT expiresAt FROM claim WHERE fieldId = ?", arguments: [id]) ?? now
            return try Self.claimedField(db, id: id, expiry: expiry, root: root)
        }
    }

    /// The bands of the field's record on each page of its opening, left first: from the top of its highest cell to
    /// the bottom of its lowest.
    public func rowBands(ofField id: Int64) throws(StoreError) -> [RowBand] {
        guard let record = try read({ db in try Int64.fetchOne(db, sql: "SELECT recordId FROM field WHERE id = ?", arguments: [id]) })
        else { return [] }
        return try rowBands(ofRecord: record)
    }

    /// The bands of a record on each page of its opening, left first: from the top of its highest cell to the bottom
    /// of its lowest.
    public func rowBands(ofRecord id: Int64) throws(StoreError) -> [RowBand] {
        let root = workspace.root
        return try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT fi.side, fi.box, \(Self.fieldPageImage)
                    FROM field fi JOIN record r ON fi.recordId = r.id JOIN opening o ON r.openingId = o.id
                    WHERE fi.recordId = ? AND fi.box IS NOT NULL
                    """,
                arguments: [id])
            var bands: [String: RowBand] = [:]
            for row in rows {
                guard let side: String = row["side"], let path: String = row["imagePath"],
                    let box = try? Self.strings(json: row["box"]).compactMap({ Int($0) }), box.count == 4
                else { continue }
                let band = bands[side]
                let top = min(band?.top ?? box[1], box[1])
                let bottom = max(band.map { $0.top + $0.height } ?? box[1] + box[3], box[1] + box[3])
                bands[side] = RowBand(side: side, pageImage: root.appendingPathComponent(path), top: top, height: bottom - top)
            }
            return ["left", "right"].compactMap { bands[$0] }
        }
    }

    /// The master image of the page a field's cell is on (`fi` a field, `o` its opening), as `imagePath`.
    private static let fieldPageImage = """
        (SELECT p.imagePath FROM page p WHERE p.id = CASE fi.side WHEN 'left' THEN o.leftPageId ELSE o.rightPageId END)
          AS imagePath
        """

    /// The columns `claimedField(row:readings:expiry:root:)` reads, from `fieldTables`.
    static let claimedFieldColumns = """
        fi.*, r.row AS recordRow, o.bookId, o.sequence, b.pipeline, b.noiDangKy, \(fieldPageImage)
        """

    static func claimedField(_ db: Database, id: Int64, expiry: Date, root: URL) throws -> ClaimedField? {
        guard let row = try Row.fetchOne(
            db,
            sql: """
                SELECT \(claimedFieldColumns) FROM \(fieldTables) WHERE fi.id = ?
                """,
            arguments: [id])
        else { return nil }
        let readings = try Row.fetchAll(
            db,
            sql: """
                SELECT u.name, d.action, d.value FROM reviewDecision d JOIN user u ON d.userId = u.id
                WHERE d.fieldId = ? AND d.stage IN ('first', 'second') ORDER BY d.id
                """,
            arguments: [id]
        ).map { ReviewReading(reviewer: $0["name"], action: ReviewAction(rawValue: $0["action"]) ?? .confirm, value: $0["value"] ?? "") }
        return claimedField(row: row, readings: readings, expiry: expiry, root: root)
    }

    /// The field of a row of `claimedFieldColumns`, with the readings given so far.
    static func claimedField(row: Row, readings: [ReviewReading], expiry: Date, root: URL) -> ClaimedField {
        let stage = ReviewStage(rawValue: row["reviewStage"] ?? "") ?? .first
        return ClaimedField(
            fieldId: row["id"], bookId: row["bookId"], bookPlace: row["noiDangKy"] ?? "", pipeline: row["pipeline"],
            openingSequence: row["sequence"], row: row["recordRow"], name: row["name"], text: row["text"], value: row["value"],
            reasons: ((try? strings(json: row["reasons"])) ?? []).compactMap(ReviewReason.init(rawValue:)), side: row["side"] ?? "left",
            box: ((try? strings(json: row["box"])) ?? []).compactMap { Int($0) }, pageImage: (row["imagePath"] as String?).map { root.appendingPathComponent($0) },
            status: FieldStatus(rawValue: row["status"]) ?? .review, stage: stage, readings: stage == .dispute ? readings : [],
            claimExpiresAt: expiry,
            candidates: Self.candidates(json: row["candidates"]).map(\.value))
    }
}
