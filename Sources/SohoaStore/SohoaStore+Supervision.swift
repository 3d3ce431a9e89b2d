public import Foundation
import GRDB

/// What a supervisor sees: each reviewer's throughput and how often their decisions were overturned, and the audit
/// trail of decisions, by field or most recent first.
extension SohoaStore {
    /// One reviewer's decisions (skips not counted).
    public struct ReviewerActivity: Sendable, Equatable {
        public var name: String
        public var decisions: Int
        public var first: Date?
        public var last: Date?
        /// Decisions on fields now resolved otherwise: a different status or value than the reviewer gave.
        public var overturned: Int

        /// Decisions per hour over the span of the reviewer's work (at least a minute).
        public var perHour: Double {
            guard let first, let last, decisions > 0 else { return 0 }
            return Double(decisions) / max(last.timeIntervalSince(first), 60) * 3600
        }
    }

    /// How fast one reviewer decides on one kind of screen: from the time each screen was open.
    public struct ReviewPace: Sendable, Equatable {
        public var name: String
        public var mode: ReviewMode
        /// Fields decided (skips left out), and the records they belong to.
        public var fields: Int
        public var records: Int
        public var seconds: Double

        public var secondsPerField: Double { seconds / Double(max(fields, 1)) }
        public var secondsPerRecord: Double { seconds / Double(max(records, 1)) }
    }

    /// Each reviewer's pace in each mode they worked in, from the decisions whose screen time is known.
    public func reviewPace() throws(StoreError) -> [ReviewPace] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT u.name, d.mode, COUNT(*) AS fields, COUNT(DISTINCT f.recordId) AS records, SUM(d.seconds) AS seconds
                    FROM reviewDecision d JOIN user u ON d.userId = u.id JOIN field f ON d.fieldId = f.id
                    WHERE d.action != 'skip' AND d.seconds IS NOT NULL AND d.mode IS NOT NULL
                    GROUP BY u.id, d.mode ORDER BY u.name, d.mode
                    """
            ).compactMap { row in
                ReviewMode(rawValue: row["mode"]).map {
                    ReviewPace(name: row["name"], mode: $0, fields: row["fields"], records: row["records"], seconds: row["seconds"])
                }
            }
        }
    }

    /// One row of the audit trail.
    public struct AuditRow: Sendable, Equatable {
        public var at: Date
        public var actor: String
        public var action: String
        public var subjectId: Int64?
        public var oldValue: String?
        public var newValue: String?
    }

    public func reviewerActivity() throws(StoreError) -> [ReviewerActivity] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT u.name, COUNT(d.id) AS decisions, MIN(d.decidedAt) AS first, MAX(d.decidedAt) AS last,
                      SUM(CASE WHEN f.status != 'review' AND (f.value != d.value OR f.status != CASE d.action
                          WHEN 'confirm' THEN 'confirmed' WHEN 'correct' THEN 'corrected' WHEN 'not-a-record' THEN 'not-a-record'
                          ELSE 'illegible' END)
                        THEN 1 ELSE 0 END) AS overturned
                    FROM user u LEFT JOIN reviewDecision d ON d.userId = u.id AND d.action != 'skip'
                    LEFT JOIN field f ON d.fieldId = f.id
                    GROUP BY u.id ORDER BY u.name
                    """
            ).map { row in
                ReviewerActivity(
                    name: row["name"], decisions: row["decisions"], first: row["first"], last: row["last"],
                    overturned: row["overturned"] ?? 0)
            }
        }
    }

    /// The audit rows of decisions on fields: of `field` when given, else the `limit` most recent.
    public func fieldAudit(field: Int64? = nil, limit: Int = 50) throws(StoreError) -> [AuditRow] {
        try read { db in
            let rows =
                if let field {
                    try Row.fetchAll(
                        db, sql: "SELECT * FROM auditEntry WHERE subject = 'field' AND subjectId = ? ORDER BY id", arguments: [field])
                } else {
                    try Row.fetchAll(
                        db, sql: "SELECT * FROM auditEntry WHERE subject = 'field' ORDER BY id DESC LIMIT ?", arguments: [limit])
                }
            return rows.map { row in
                AuditRow(
                    at: row["at"], actor: row["actor"], action: row["action"], subjectId: row["subjectId"],
                    oldValue: row["oldValue"], newValue: row["newValue"])
            }
        }
    }
}
