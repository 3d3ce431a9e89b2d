public import Foundation
import GRDB
public import SohoaCore

extension SohoaStore {
    /// Openings of usable books not read yet, in book order.
    public func openingsToRead() throws(StoreError) -> [OpeningToRead] {
        let root = workspace.root
        return try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT o.id, o.bookId, b.pipeline, b.noiDangKy, b.namMoSo, o.problem, o.leftPageId, o.rightPageId
                    FROM opening o JOIN book b ON o.bookId = b.id
                    WHERE o.status = 'prepared' AND b.configurationError IS NULL AND b.pipeline IS NOT NULL
                    ORDER BY o.bookId, o.sequence
                    """)
            func page(_ id: Int64?) throws -> OpeningToRead.Page? {
                guard let id, let row = try Row.fetchOne(
                    db,
                    sql: """
                        SELECT p.imagePath, fr.dpi, p.reasons, f.path, fr.frameIndex
                        FROM page p JOIN frame fr ON p.frameId = fr.id JOIN scanFile f ON fr.scanFileId = f.id
                        WHERE p.id = ?
                        """,
                    arguments: [id]), let path: String = row["imagePath"]
                else { return nil }
                return OpeningToRead.Page(
                    id: id, image: root.appendingPathComponent(path), dpi: row["dpi"],
                    reasons: (try? Self.strings(json: row["reasons"])) ?? [], file: row["path"], frameIndex: row["frameIndex"])
            }
            return try rows.map { row in
                OpeningToRead(
                    openingId: row["id"], bookId: row["bookId"], pipeline: row["pipeline"],
                    bookPlace: row["noiDangKy"] ?? "", bookYear: row["namMoSo"], left: try page(row["leftPageId"]), right: try page(row["rightPageId"]), problem: row["problem"])
            }
        }
    }

    /// Commits an opening's records and fields in one transaction and marks it read: after a crash either the
    /// whole opening is read or none of it. `layout` is the grids found on its pages, as JSON. A row that routing
    /// dismissed as marks on a blank row is audited as dismissed by `sohoa`, for the supervisor's list of such rows.
    public func saveReadOpening(_ openingId: Int64, layout: Data, records: [RecordEntry]) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM record WHERE openingId = ?", arguments: [openingId])
            for record in records {
                try db.execute(
                    sql: "INSERT INTO record (openingId, row, status) VALUES (?, ?, ?)",
                    arguments: [openingId, record.row, record.status])
                let recordId = db.lastInsertedRowID
                if record.status == RecordStatus.notARecord.rawValue {  // marks on a blank row, for the supervisor's list
                    try Self.audit(db, at: Date(), actor: "sohoa", action: ReviewAction.notARecord.rawValue, subject: "record",
                                   subjectId: recordId, old: nil, new: nil)
                }
                for field in record.fields {
                    let decision = field.decision
                    try db.execute(
                        sql: """
                            INSERT INTO field (
                              recordId, name, text, value, status, confidence, reasons, box, side, evidence, candidates,
                              readValue, readStatus, readReasons, readCandidates)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """,
                        arguments: [
                            recordId, decision.name, decision.text, decision.value, decision.status.rawValue,
                            decision.confidence, Self.json(decision.reasons.map(\.rawValue)),
                            field.box.map { Self.json($0.map(String.init)) }, field.side,
                            String(decoding: field.evidence, as: UTF8.self),
                            Self.json(decision.candidates), decision.value, decision.status.rawValue,
                            Self.json(decision.reasons.map(\.rawValue)), Self.json(decision.candidates),
                        ])
                }
            }
            try db.execute(
                sql: "UPDATE opening SET status = 'read', layout = ?, readAt = ? WHERE id = ?",
                arguments: [String(decoding: layout, as: UTF8.self), Date(), openingId])
        }
    }

    /// The fields called `name` (`so`, `ngayDangKy`) of a book's records, in book order (opening, then row); rows
    /// dismissed as not a record take no part.
    public func fields(named name: String, ofBook bookId: String) throws(StoreError) -> [BookField] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT f.id, f.recordId, f.value, f.text, f.confidence, f.reasons, f.status,
                        f.candidates IS NOT NULL AND f.value != f.text AS guessed
                    FROM field f JOIN record r ON f.recordId = r.id
                    JOIN opening o ON r.openingId = o.id
                    WHERE o.bookId = ? AND f.name = ? AND r.status != 'not-a-record' ORDER BY o.sequence, r.row
                    """,
                arguments: [bookId, name]
            ).map {
                BookField(
                    fieldId: $0["id"], recordId: $0["recordId"], value: $0["value"],
                    status: FieldStatus(rawValue: $0["status"]) ?? .review, guessed: $0["status"] == "review" && $0["guessed"] == true,
                    text: $0["text"], confidence: $0["confidence"] ?? 0,
                    reasons: ((try? Self.strings(json: $0["reasons"])) ?? []).compactMap(ReviewReason.init(rawValue:)))
            }
        }
    }

    /// How many of a book's accepted fields hold each value, by field name (`nksDanToc` → `Kinh` → 41).
    public func acceptedValueCounts(ofBook bookId: String) throws(StoreError) -> [String: [String: Int]] {
        try read { db in
            var counts: [String: [String: Int]] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT f.name, f.value, COUNT(*) AS count FROM field f JOIN record r ON f.recordId = r.id
                    JOIN opening o ON r.openingId = o.id
                    WHERE o.bookId = ? AND f.status = 'accepted' AND f.value != '' GROUP BY f.name, f.value
                    """,
                arguments: [bookId])
            {
                counts[row["name"], default: [:]][row["value"]] = row["count"]
            }
            return counts
        }
    }

    /// Puts every field of book `bookId` that no person has decided back as its opening was read, before the book's
    /// steps run again: they then end where they would have in one clean run, however many runs came before.
    public func restoreReadFields(ofBook bookId: String) throws(StoreError) {
        try write { db in
            let records = "SELECT r.id FROM record r JOIN opening o ON r.openingId = o.id WHERE o.bookId = ?"
            try db.execute(
                sql: """
                    UPDATE field SET value = readValue, status = readStatus, reasons = readReasons, candidates = readCandidates
                    WHERE recordId IN (\(records)) AND readStatus IS NOT NULL AND status IN ('accepted', 'review')
                      AND NOT EXISTS (SELECT 1 FROM reviewDecision d WHERE d.fieldId = field.id)
                    """,
                arguments: [bookId])
            for id in try Int64.fetchAll(db, sql: records, arguments: [bookId]) { try Self.settleStatus(db, ofRecord: id) }
        }
    }

    /// What reading needs to know of each book of `bookIds` whose configuration is usable: its pipeline, where it
    /// was registered and the year it was opened.
    public func readingSettings(ofBooks bookIds: [String]) throws(StoreError) -> [String: BookReadingSettings] {
        try read { db in
            var settings: [String: BookReadingSettings] = [:]
            for id in bookIds {
                guard let row = try Row.fetchOne(
                    db, sql: "SELECT pipeline, noiDangKy, namMoSo FROM book WHERE id = ? AND configurationError IS NULL", arguments: [id]),
                    let pipeline: String = row["pipeline"]
                else { continue }
                settings[id] = BookReadingSettings(pipeline: pipeline, place: row["noiDangKy"] ?? "", year: row["namMoSo"])
            }
            return settings
        }
    }

    /// A book's fields in review that carry candidates, with them.
    public func candidateFields(ofBook bookId: String) throws(StoreError) -> [(fieldId: Int64, name: String, candidates: [FieldCandidate])] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT f.id, f.name, f.candidates FROM field f JOIN record r ON f.recordId = r.id
                    JOIN opening o ON r.openingId = o.id
                    WHERE o.bookId = ? AND f.status = 'review' AND f.candidates IS NOT NULL
                    """,
                arguments: [bookId]
            ).map { row in
                (row["id"], row["name"], Self.candidates(json: row["candidates"]))
            }
        }
    }

    /// Gives a field still in review the candidates the book proposes for it, pre-filled with the first; with
    /// `accept`, accepts it with that value (its reasons answered). A person's decision is never touched. The record
    /// takes the status its fields now give it.
    public func propose(field id: Int64, candidates: [FieldCandidate], accept: Bool) throws(StoreError) {
        guard let first = candidates.first else { return }
        try write { db in
            try db.execute(
                sql: """
                    UPDATE field SET value = ?, candidates = ?, status = CASE WHEN ? THEN 'accepted' ELSE status END,
                    reasons = CASE WHEN ? THEN '[]' ELSE reasons END WHERE id = ? AND status = 'review'
                    """,
                arguments: [first.value, Self.json(candidates), accept, accept, id])
            if let record = try Int64.fetchOne(db, sql: "SELECT recordId FROM field WHERE id = ?", arguments: [id]) {
                try Self.settleStatus(db, ofRecord: record)
            }
        }
    }

    /// Gives record `id` the status its fields now give it (`RecordStatus`).
    static func settleStatus(_ db: Database, ofRecord id: Int64) throws {
        let statuses = try String.fetchAll(db, sql: "SELECT status FROM field WHERE recordId = ?", arguments: [id])
        try db.execute(
            sql: "UPDATE record SET status = ? WHERE id = ?",
            arguments: [RecordStatus(statuses.compactMap(FieldStatus.init(rawValue:))).rawValue, id])
    }

    /// Sends fields sohoa had accepted to review for `reason`; a person's decision is never touched. The records
    /// of the fields take the review status with them.
    public func sendToReview(fields ids: [Int64], reason: ReviewReason) throws(StoreError) {
        guard !ids.isEmpty else { return }
        try write { db in
            for id in ids {
                try db.execute(
                    sql: """
                        UPDATE field SET status = 'review', reasons = json_insert(reasons, '$[#]', ?)
                        WHERE id = ? AND status = 'accepted'
                        """,
                    arguments: [reason.rawValue, id])
                try db.execute(
                    sql: "UPDATE record SET status = 'review' WHERE id = (SELECT recordId FROM field WHERE id = ?)",
                    arguments: [id])
            }
        }
    }
}
