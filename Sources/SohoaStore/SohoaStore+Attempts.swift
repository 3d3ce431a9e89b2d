import Foundation
import GRDB
import SohoaCore

/// Attempts at work items: marked before an item is worked on and cleared when it is done, so that an item a run
/// died on is known at the next run, and one that keeps killing the process is set aside (`CrashQuarantine`).
extension SohoaStore {
    /// Marks `item` in progress for `run`.
    public func beginAttempt(_ item: WorkItem, run: Int64) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    INSERT OR REPLACE INTO attempt (stage, subject, runId, bookId, file, frameIndex, sha256, byteCount, startedAt)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """,
                arguments: [
                    item.stage.rawValue, item.subject, run, item.bookId, item.file, item.frameIndex, item.sha256,
                    item.byteCount, Date(),
                ])
        }
    }

    /// Forgets every attempt at `item`: it is done (or refused with a reason), and its past deaths no longer count.
    public func finishAttempts(_ item: WorkItem) throws(StoreError) {
        try write { db in try Self.forget(item, db) }
    }

    private static func forget(_ item: WorkItem, _ db: Database) throws {
        try db.execute(sql: "DELETE FROM attempt WHERE stage = ? AND subject = ?", arguments: [item.stage.rawValue, item.subject])
    }

    /// At the start of `run`: every attempt another run left in progress died with it, by a crash where `crashes`
    /// names it, silently otherwise; an item whose deaths reach `CrashQuarantine`'s bar is set aside as
    /// `crashed-reader` (its frames refused, or the file when it died in ingest), explained with `retry`. One
    /// transaction, and idempotent: the crash notes may be read again after a kill. Returns the items set aside.
    public func settleAttempts(run: Int64, crashes: [NotedCrash], retry: String) throws(StoreError) -> [WorkItem] {
        try write { db in
            let open = try Row.fetchAll(db, sql: "SELECT id, stage, subject, runId FROM attempt WHERE death IS NULL AND runId != ?", arguments: [run])
            for row in open {
                let crash = crashes.first {
                    $0.run == row["runId"] && $0.stage.rawValue == row["stage"] && $0.subject == row["subject"]
                }
                try db.execute(
                    sql: "UPDATE attempt SET death = ?, signal = ? WHERE id = ?",
                    arguments: [crash == nil ? "interrupted" : "crashed", crash?.signal, row["id"]])
            }
            // Marks of items finished, refused or gone since (a kill between the two commits, a file replaced).
            try db.execute(
                sql: """
                    DELETE FROM attempt WHERE
                      (stage = 'prepare' AND CAST(subject AS INTEGER) NOT IN
                        (SELECT id FROM frame WHERE status = 'ingested' AND preparedAt IS NULL))
                      OR (stage = 'recognize' AND CAST(subject AS INTEGER) NOT IN (SELECT id FROM opening WHERE status != 'read'))
                      OR (stage = 'ingest' AND EXISTS
                        (SELECT 1 FROM scanFile f WHERE f.bookId = attempt.bookId AND f.sha256 = attempt.sha256))
                    """)
            var setAside: [WorkItem] = []
            for (item, deaths) in try Self.deaths(db) where CrashQuarantine.setsAside(deaths) {
                let detail = CrashQuarantine.explanation(stage: item.stage, deaths: deaths, retry: retry)
                try Self.setAside(item, detail: detail, run: run, db)
                try Self.forget(item, db)
                setAside.append(item)
            }
            return setAside
        }
    }

    /// Puts every input set aside as `crashed-reader` back to work and forgets its attempts; returns how many.
    public func releaseSetAside() throws(StoreError) -> Int {
        try write { db in
            let rejection = InputRejection.crashedReader.rawValue
            try db.execute(
                sql: "UPDATE frame SET status = 'ingested', rejection = NULL, rejectionDetail = NULL WHERE rejection = ?",
                arguments: [rejection])
            var released = db.changesCount
            try db.execute(sql: "DELETE FROM scanFile WHERE rejection = ?", arguments: [rejection])
            released += db.changesCount
            return released
        }
    }

    /// Items whose attempts died and that are not finished, for `status`; `runIsLive` false when no run holds the
    /// workspace, so that attempts still marked in progress died too (the next run tells a crash from a kill).
    func interruptedItems(_ db: Database, runIsLive: Bool) throws -> [StatusReport.InterruptedItem] {
        try Self.deaths(db, includingUnsettled: !runIsLive).map { item, deaths in
            StatusReport.InterruptedItem(
                stage: item.stage.rawValue, book: item.bookId, file: item.file, frame: item.frameIndex,
                crashes: CrashQuarantine.crashes(in: deaths), interruptions: deaths.count - CrashQuarantine.crashes(in: deaths))
        }
    }

    /// Every item with dead attempts, with how each died, in book order; attempts not settled yet count as
    /// interrupted when `includingUnsettled`.
    private static func deaths(_ db: Database, includingUnsettled: Bool = false) throws -> [(WorkItem, [CrashQuarantine.Death])] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT stage, subject, bookId, file, frameIndex, sha256, byteCount, death, signal FROM attempt
                WHERE death IS NOT NULL OR ? ORDER BY bookId, file, frameIndex, stage, subject, runId
                """,
            arguments: [includingUnsettled])
        var items: [(WorkItem, [CrashQuarantine.Death])] = []
        for row in rows {
            guard let stage = WorkStage(rawValue: row["stage"]) else { continue }
            let item = WorkItem(
                stage: stage, subject: row["subject"], bookId: row["bookId"], file: row["file"], frameIndex: row["frameIndex"],
                sha256: row["sha256"], byteCount: row["byteCount"])
            let signal: Int? = row["signal"]
            let death: CrashQuarantine.Death = (row["death"] as String?) == "crashed" ? .crashed(signal: signal ?? 0) : .interrupted
            if let last = items.indices.last, items[last].0.stage == item.stage, items[last].0.subject == item.subject {
                items[last].1.append(death)
            } else {
                items.append((item, [death]))
            }
        }
        return items
    }

    /// Refuses what `item` stands on as `crashed-reader`: the frame it prepared, the frames of the opening it read
    /// (their pages leave the book's openings), or the file it inspected.
    private static func setAside(_ item: WorkItem, detail: String, run: Int64, _ db: Database) throws {
        let rejection = InputRejection.crashedReader
        let frames: [Int64]
        switch item.stage {
        case .ingest:
            guard let path = item.file, let sha256 = item.sha256 else { return }
            let file = IngestedFile(
                bookId: item.bookId, path: path, sha256: sha256, byteCount: item.byteCount ?? 0,
                outcome: .rejected(rejection, detail: detail))
            try SohoaStore.insert(file, runId: run, db)
            return
        case .prepare:
            frames = Int64(item.subject).map { [$0] } ?? []
        case .recognize:
            frames = try Int64.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT p.frameId FROM opening o JOIN page p ON p.id IN (o.leftPageId, o.rightPageId)
                    WHERE o.id = ?
                    """,
                arguments: [Int64(item.subject) ?? -1])
        }
        for frame in frames {
            try db.execute(
                sql: "UPDATE frame SET status = 'rejected', rejection = ?, rejectionDetail = ? WHERE id = ?",
                arguments: [rejection.rawValue, detail, frame])
        }
    }
}
