import Foundation
import GRDB

extension SohoaStore {
    /// Reads the whole status of the workspace in one consistent snapshot.
    public func status(lockedByRun: Bool) throws(StoreError) -> StatusReport {
        try read { db in
            let books = try bookStatuses(db)
            let rejected = try rejectedInputs(db)
            return StatusReport(
                workspace: workspace.root.path,
                books: books,
                totals: Self.totals(of: books),
                rejected: rejected,
                attention: try attention(db),
                reviewBacklog: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM field WHERE status = 'review'") ?? 0,
                reviewBacklogRecords: try Int.fetchOne(db, sql: "SELECT COUNT(DISTINCT recordId) FROM field WHERE status = 'review'") ?? 0,
                measuredSecondsPerField: try Double.fetchOne(
                    db, sql: "SELECT AVG(seconds) FROM reviewDecision WHERE action != 'skip' AND seconds IS NOT NULL"),
                reviewReasons: try reviewReasons(db),
                interrupted: try interruptedItems(db, runIsLive: lockedByRun),
                lastRun: try lastRun(db, lockedByRun: lockedByRun))
        }
    }

    /// Fields waiting for a person, by each reason they carry.
    private func reviewReasons(_ db: Database) throws -> [String: Int] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.value AS reason, COUNT(*) AS n FROM field f, json_each(f.reasons) r
                WHERE f.status = 'review' GROUP BY r.value
                """)
        return Dictionary(uniqueKeysWithValues: rows.map { ($0["reason"] as String, $0["n"] as Int) })
    }

    private func bookStatuses(_ db: Database) throws -> [StatusReport.Book] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT b.id, b.pipeline, b.configurationError,
                  (SELECT COUNT(*) FROM scanFile f WHERE f.bookId = b.id AND f.status != 'superseded') AS files,
                  (SELECT COUNT(*) FROM frame fr JOIN scanFile f ON fr.scanFileId = f.id
                     WHERE f.bookId = b.id AND f.status = 'ingested' AND fr.status = 'ingested') AS frames,
                  (SELECT COUNT(*) FROM page p JOIN frame fr ON p.frameId = fr.id JOIN scanFile f ON fr.scanFileId = f.id
                     WHERE f.bookId = b.id) AS pages,
                  (SELECT COUNT(*) FROM record r JOIN opening o ON r.openingId = o.id WHERE o.bookId = b.id) AS records,
                  (SELECT COUNT(*) FROM opening o WHERE o.bookId = b.id) AS openings,
                  (SELECT COUNT(*) FROM frame fr JOIN scanFile f ON fr.scanFileId = f.id
                     WHERE f.bookId = b.id AND f.status = 'ingested' AND fr.status = 'ingested' AND fr.preparedAt IS NULL)
                  + (SELECT COUNT(*) FROM opening o WHERE o.bookId = b.id AND o.status != 'read') AS unfinished,
                  (SELECT AVG(json_extract(p.quality, '$.focus')) FROM page p JOIN frame fr ON p.frameId = fr.id
                     JOIN scanFile f ON fr.scanFileId = f.id WHERE f.bookId = b.id) AS meanFocus,
                  (SELECT AVG(json_extract(p.quality, '$.contrast')) FROM page p JOIN frame fr ON p.frameId = fr.id
                     JOIN scanFile f ON fr.scanFileId = f.id WHERE f.bookId = b.id) AS meanContrast,
                  (SELECT MAX(json_extract(p.quality, '$.residualSkewDegrees')) FROM page p JOIN frame fr ON p.frameId = fr.id
                     JOIN scanFile f ON fr.scanFileId = f.id WHERE f.bookId = b.id) AS maxSkew,
                  (SELECT COUNT(*) FROM scanFile f WHERE f.bookId = b.id AND f.status = 'rejected')
                  + (SELECT COUNT(*) FROM frame fr JOIN scanFile f ON fr.scanFileId = f.id
                     WHERE f.bookId = b.id AND f.status = 'ingested' AND fr.status = 'rejected') AS rejectedInputs
                FROM book b ORDER BY b.id
                """)
        let fieldCounts = try Row.fetchAll(
            db,
            sql: """
                SELECT o.bookId, fi.status, COUNT(*) AS n FROM field fi
                JOIN record r ON fi.recordId = r.id JOIN opening o ON r.openingId = o.id
                GROUP BY o.bookId, fi.status
                """)
        var fieldsByBook: [String: [String: Int]] = [:]
        for row in fieldCounts { fieldsByBook[row["bookId"], default: [:]][row["status"]] = row["n"] }
        return rows.map { row in
            let id: String = row["id"]
            return StatusReport.Book(
                id: id, pipeline: row["pipeline"], configurationError: row["configurationError"],
                files: row["files"], frames: row["frames"], pages: row["pages"], openings: row["openings"],
                unfinished: row["unfinished"],
                quality: Self.quality(row), records: row["records"],
                fields: fieldsByBook[id] ?? [:], rejectedInputs: row["rejectedInputs"])
        }
    }

    private func rejectedInputs(_ db: Database) throws -> [StatusReport.RejectedInput] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT f.bookId, f.path, NULL AS frameIndex, f.rejection, f.rejectionDetail
                  FROM scanFile f WHERE f.status = 'rejected'
                UNION ALL
                SELECT f.bookId, f.path, fr.frameIndex, fr.rejection, fr.rejectionDetail
                  FROM frame fr JOIN scanFile f ON fr.scanFileId = f.id WHERE f.status = 'ingested' AND fr.status = 'rejected'
                """)
        return rows.map { row in
            StatusReport.RejectedInput(
                book: row["bookId"], file: row["path"], frame: row["frameIndex"], reason: row["rejection"],
                detail: row["rejectionDetail"])
        }.sorted { ($0.book, $0.file, $0.frame ?? -1) < ($1.book, $1.file, $1.frame ?? -1) }
    }

    private func attention(_ db: Database) throws -> [StatusReport.Attention] {
        let pages = try Row.fetchAll(
            db,
            sql: """
                SELECT f.bookId, f.path, fr.frameIndex, p.side, p.reasons FROM page p
                JOIN frame fr ON p.frameId = fr.id JOIN scanFile f ON fr.scanFileId = f.id
                WHERE f.status = 'ingested' AND p.reasons IS NOT NULL AND p.reasons != '[]'
                ORDER BY f.bookId, f.path, fr.frameIndex, p.side
                """
        ).map { row in
            StatusReport.Attention(
                book: row["bookId"], file: row["path"], frame: row["frameIndex"], side: row["side"],
                reasons: (try? Self.strings(json: row["reasons"])) ?? [])
        }
        let openings = try Row.fetchAll(
            db, sql: "SELECT bookId, sequence, problem FROM opening WHERE problem IS NOT NULL ORDER BY bookId, sequence"
        ).map { row in
            StatusReport.Attention(book: row["bookId"], reasons: ["opening \(row["sequence"] as Int): \(row["problem"] as String)"])
        }
        return pages + openings
    }

    /// A book's page quality, rounded for reading, or nil before any page is prepared.
    private static func quality(_ row: Row) -> StatusReport.Quality? {
        guard let focus = row["meanFocus"] as Double? else { return nil }
        func rounded(_ value: Double?, _ places: Double) -> Double { ((value ?? 0) * places).rounded() / places }
        return StatusReport.Quality(
            meanFocus: rounded(focus, 10), meanContrast: rounded(row["meanContrast"], 10),
            maxResidualSkewDegrees: rounded(row["maxSkew"], 100))
    }

    private func lastRun(_ db: Database, lockedByRun: Bool) throws -> StatusReport.Run? {
        guard let run = try RunRow.order(Column("id").desc).fetchOne(db), let id = run.id else { return nil }
        let format = ISO8601DateFormatter()
        return StatusReport.Run(
            id: id, command: run.command, batch: run.batch, startedAt: format.string(from: run.startedAt),
            finishedAt: run.finishedAt.map(format.string(from:)), exitCode: run.exitCode,
            interrupted: run.finishedAt == nil && !lockedByRun)
    }

    private static func totals(of books: [StatusReport.Book]) -> StatusReport.Book {
        books.reduce(
            StatusReport.Book(
                id: "total", files: 0, frames: 0, pages: 0, openings: 0, unfinished: 0, records: 0, fields: [:],
                rejectedInputs: 0)
        ) { sum, book in
            var sum = sum
            sum.files += book.files
            sum.frames += book.frames
            sum.pages += book.pages
            sum.openings += book.openings
            sum.unfinished += book.unfinished
            sum.records += book.records
            sum.rejectedInputs += book.rejectedInputs
            sum.fields.merge(book.fields, uniquingKeysWith: +)
            return sum
        }
    }
}
