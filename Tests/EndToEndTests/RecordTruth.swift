import Foundation
import GRDB
import Testing

/// The records of `samples/truth.json` against those a run left in a workspace (rows dismissed as not a record left
/// out, as the export leaves them): which were found, which the truth does not have (a blank row taken for a
/// record), and how the accepted fields compare with what is written.
struct RecordTruth {
    struct Truth: Decodable {
        struct Book: Decodable {
            var openings: [Opening]
            var records: [Record]
        }
        struct Opening: Decodable {
            var left: Place
            var right: Place
        }
        struct Place: Decodable, Hashable {
            var file: String
            var frame: Int
        }
        struct Record: Decodable {
            var opening: Int
            var row: Int
            var fields: [String: Field]
        }
        struct Field: Decodable {
            var value: String
            var damage: String?
        }
        var books: [String: Book]
    }

    struct Key: Hashable {
        var left: Truth.Place
        var right: Truth.Place
        var row: Int
    }

    var missing: [String] = []
    var extra: [String] = []
    var accepted = 0
    var acceptedWrong: [String] = []
    var damaged = 0
    var damagedAccepted: [String] = []

    init(workspace: URL, truth: URL) throws {
        let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: truth))
        let database = try DatabaseQueue(path: workspace.appendingPathComponent("sohoa.sqlite").path)
        for (book, expected) in truth.books.sorted(by: { $0.key < $1.key }) {
            let rows = try database.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT r.row, f.name, f.value, f.status,
                          lf.path AS lf, lfr.frameIndex AS lx, rf.path AS rf, rfr.frameIndex AS rx
                        FROM field f JOIN record r ON f.recordId = r.id JOIN opening o ON r.openingId = o.id
                        LEFT JOIN page lp ON o.leftPageId = lp.id LEFT JOIN frame lfr ON lp.frameId = lfr.id
                        LEFT JOIN scanFile lf ON lfr.scanFileId = lf.id
                        LEFT JOIN page rp ON o.rightPageId = rp.id LEFT JOIN frame rfr ON rp.frameId = rfr.id
                        LEFT JOIN scanFile rf ON rfr.scanFileId = rf.id
                        WHERE o.bookId = ? AND r.status != 'not-a-record'
                        """,
                    arguments: [book])
            }
            var stored: [Key: [String: (value: String, status: String)]] = [:]
            for row in rows {
                let key = Key(
                    left: Truth.Place(file: row["lf"] ?? "", frame: row["lx"] ?? -1),
                    right: Truth.Place(file: row["rf"] ?? "", frame: row["rx"] ?? -1), row: row["row"])
                stored[key, default: [:]][row["name"]] = (row["value"], row["status"])
            }
            var seen: Set<Key> = []
            for record in expected.records {
                let opening = expected.openings[record.opening]
                let key = Key(left: opening.left, right: opening.right, row: record.row)
                guard let fields = stored[key] else {
                    missing.append("\(book) \(opening.left.file) row \(record.row)")
                    continue
                }
                seen.insert(key)
                for (name, truth) in record.fields {
                    guard let field = fields[name] else { continue }
                    let isAccepted = field.status == "accepted"
                    if isAccepted {
                        accepted += 1
                        if Self.comparable(field.value) != Self.comparable(truth.value) {
                            acceptedWrong.append("\(book) row \(record.row) \(name): \(field.value) for \(truth.value)")
                        }
                    }
                    if truth.damage != nil {
                        damaged += 1
                        if isAccepted { damagedAccepted.append("\(book) row \(record.row) \(name) (\(truth.damage ?? ""))") }
                    }
                }
            }
            extra += stored.keys.filter { !seen.contains($0) }.map { "\(book) \($0.left.file) row \($0.row)" }
        }
    }

    /// NFC, single-spaced, case-insensitive: how SPEC.md compares an exported value with what is written.
    static func comparable(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping.split(whereSeparator: \.isWhitespace).joined(separator: " ").lowercased()
    }
}
