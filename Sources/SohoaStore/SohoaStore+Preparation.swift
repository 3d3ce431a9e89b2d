public import Foundation
import GRDB
import SohoaCore

extension SohoaStore {
    /// Ingested frames of usable books that have no prepared pages yet, in reading order per book.
    public func framesToPrepare() throws(StoreError) -> [FrameToPrepare] {
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT fr.id, f.bookId, b.folder, f.path, f.sha256, fr.frameIndex, fr.dpi
                    FROM frame fr JOIN scanFile f ON fr.scanFileId = f.id JOIN book b ON f.bookId = b.id
                    WHERE fr.status = 'ingested' AND f.status = 'ingested' AND b.configurationError IS NULL
                      AND fr.preparedAt IS NULL
                    """)
        }
        return rows.map { row in
            let folder: String = row["folder"]
            let path: String = row["path"]
            return FrameToPrepare(
                frameId: row["id"], bookId: row["bookId"], file: URL(fileURLWithPath: folder).appendingPathComponent(path),
                path: path, sha256: row["sha256"], frameIndex: row["frameIndex"], dpi: row["dpi"])
        }.sorted { ($0.bookId, $0.path, $0.frameIndex) < ($1.bookId, $1.path, $1.frameIndex) }
    }

    /// Commits a frame's analysis and all its pages in one transaction: after a crash either the whole frame is
    /// prepared or none of it, and the next run prepares it again.
    public func savePreparedFrame(_ frameId: Int64, analysis: Data, pages: [PreparedPageEntry]) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM page WHERE frameId = ?", arguments: [frameId])
            for page in pages {
                try db.execute(
                    sql: """
                        INSERT INTO page (frameId, side, pageNumber, pageNumberConfidence, imagePath, deliveryPath,
                                          preparation, quality, reasons)
                        VALUES (?, ?, ?, ?, ?, ?, ?, json_extract(?, '$.quality'), ?)
                        """,
                    arguments: [
                        frameId, page.side, page.pageNumber, page.pageNumberConfidence, page.masterPath,
                        page.deliveryPath, String(decoding: page.preparation, as: UTF8.self),
                        String(decoding: page.preparation, as: UTF8.self), Self.json(page.reasons),
                    ])
            }
            try db.execute(
                sql: "UPDATE frame SET analysis = ?, preparedAt = ? WHERE id = ?",
                arguments: [String(decoding: analysis, as: UTF8.self), Date(), frameId])
        }
    }

    /// The prepared pages of a book in reading order (file, frame, then left before right); not those of frames set
    /// aside.
    public func preparedPages(ofBook bookId: String) throws(StoreError) -> [StoredPage] {
        let rows = try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT p.id, p.frameId, p.side, p.pageNumber, f.path, fr.frameIndex
                    FROM page p JOIN frame fr ON p.frameId = fr.id JOIN scanFile f ON fr.scanFileId = f.id
                    WHERE f.bookId = ? AND f.status = 'ingested' AND fr.status = 'ingested'
                    """,
                arguments: [bookId])
        }
        let sideOrder = ["left": 0, "single": 1, "right": 2]
        return rows.sorted { a, b in
            let (pa, pb): (String, String) = (a["path"], b["path"])
            if pa != pb { return NaturalOrder.precedes(pa, pb) }
            let (fa, fb): (Int, Int) = (a["frameIndex"], b["frameIndex"])
            if fa != fb { return fa < fb }
            return sideOrder[a["side"] as String, default: 1] < sideOrder[b["side"] as String, default: 1]
        }.map { StoredPage(id: $0["id"], frameId: $0["frameId"], side: $0["side"], pageNumber: $0["pageNumber"]) }
    }

    /// Replaces a book's openings (they are derived from its pages, so they are rebuilt whole), keeping the ids of
    /// openings whose pages did not change so that records hung on them survive.
    public func replaceOpenings(ofBook bookId: String, with openings: [OpeningEntry]) throws(StoreError) {
        try write { db in
            let existing = try Row.fetchAll(
                db, sql: "SELECT id, leftPageId, rightPageId FROM opening WHERE bookId = ?", arguments: [bookId])
            var kept: Set<Int64> = []
            for (sequence, opening) in openings.enumerated() {
                let match = existing.first { row in
                    (row["leftPageId"] as Int64?) == opening.leftPageId && (row["rightPageId"] as Int64?) == opening.rightPageId
                }
                if let match {
                    let id: Int64 = match["id"]
                    kept.insert(id)
                    try db.execute(
                        sql: "UPDATE opening SET sequence = ?, problem = ? WHERE id = ?",
                        arguments: [-(sequence + 1), opening.problem, id])
                } else {
                    try db.execute(
                        sql: """
                            INSERT INTO opening (bookId, sequence, leftPageId, rightPageId, status, problem)
                            VALUES (?, ?, ?, ?, 'prepared', ?)
                            """,
                        arguments: [bookId, -(sequence + 1), opening.leftPageId, opening.rightPageId, opening.problem])
                    kept.insert(db.lastInsertedRowID)
                }
            }
            for row in existing {
                let id: Int64 = row["id"]
                if !kept.contains(id) { try db.execute(sql: "DELETE FROM opening WHERE id = ?", arguments: [id]) }
            }
            // Sequences were written negative to dodge the unique key while reordering; make them 1-based.
            try db.execute(sql: "UPDATE opening SET sequence = -sequence WHERE bookId = ?", arguments: [bookId])
        }
    }

    static func json(_ strings: [String]) -> String {
        (try? String(decoding: JSONEncoder().encode(strings), as: UTF8.self)) ?? "[]"
    }

    /// The strings of a JSON array column written by `json(_:)` (reasons, a cell's box); none for a null column.
    static func strings(json: String?) throws -> [String] {
        guard let json else { return [] }
        return try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }

    /// A field's candidates as its `candidates` column holds them: `[{"value": …, "p": …}]`, null for none.
    static func json(_ candidates: [FieldCandidate]) -> String? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys  // the same candidates, the same text, in every process
        return candidates.isEmpty ? nil : (try? String(decoding: encoder.encode(candidates), as: UTF8.self))
    }

    /// The candidates of a `candidates` column written by `json(_:)`; none for a null or unreadable column.
    static func candidates(json: String?) -> [FieldCandidate] {
        guard let json else { return [] }
        return (try? JSONDecoder().decode([FieldCandidate].self, from: Data(json.utf8))) ?? []
    }
}

extension SohoaStore {
    /// How each prepared frame of a book was read: spread or page, and how sure.
    public func frameKinds(ofBook bookId: String) throws(StoreError) -> [(frameId: Int64, kind: String, confidence: Double)] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT fr.id, json_extract(fr.analysis, '$.kind') AS kind,
                           json_extract(fr.analysis, '$.kindConfidence') AS confidence
                    FROM frame fr JOIN scanFile f ON fr.scanFileId = f.id
                    WHERE f.bookId = ? AND f.status = 'ingested' AND fr.status = 'ingested' AND fr.analysis IS NOT NULL
                    """,
                arguments: [bookId]
            ).map { ($0["id"], $0["kind"], $0["confidence"]) }
        }
    }

    /// Adds `reason` to the pages of `frameId`, once.
    public func addReason(_ reason: String, toPagesOfFrame frameId: Int64) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE page SET reasons = json_insert(reasons, '$[#]', ?)
                    WHERE frameId = ? AND NOT EXISTS (SELECT 1 FROM json_each(page.reasons) WHERE value = ?)
                    """,
                arguments: [reason, frameId, reason])
        }
    }
}
