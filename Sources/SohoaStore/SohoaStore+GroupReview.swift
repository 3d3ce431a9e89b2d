public import Foundation
import GRDB
public import SohoaCore

/// Group confirmation: a grid of crops of one column whose fields share one proposed value, confirmed with one key
/// once the reviewer has toggled the odd ones out. About one crop in twenty is a check crop, an accepted field of a
/// visibly different value: a grid posted with a check crop left untoggled decides nothing, and the miss is counted
/// against its reviewer.
extension SohoaStore {
    /// The most crops of fields a grid holds.
    public static let groupSize = 48
    /// The fewest fields sharing a value that make a grid.
    public static let groupMinimum = 3
    /// One check crop for about this many crops of fields (at least one per grid, when the column has any to show).
    public static let cropsPerCheck = 20
    /// How many fields of the queue, in book order, a grid is looked for among.
    static let groupWindow = 5000

    /// Claims, for `hold` seconds, the largest set of fields `reviewer` may decide that share one column and one
    /// proposed value (`proposal` gives a field's, or nil when it has none a grid may offer: four eyes, a value its
    /// parser refuses), at most `size` of them, with check crops mixed in; nil when no `minimum` fields share one.
    /// Fields toggled out of a grid before are not offered in another.
    public func claimNextGroup(
        for reviewer: Reviewer, filter: QueueFilter = QueueFilter(), size: Int = groupSize, minimum: Int = groupMinimum,
        hold: TimeInterval = 10 * 60, now: Date = Date(), proposal: (ClaimedField) -> String?
    ) throws(StoreError) -> ClaimedGroup? {
        let root = workspace.root
        return try write { db -> ClaimedGroup? in
            let queue = try Self.queueConditions(for: reviewer, filter: filter, now: now)
            var arguments = queue.arguments
            arguments += ["window": Self.groupWindow]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT \(Self.claimedFieldColumns) FROM \(Self.queueTables)
                    WHERE \(queue.conditions) AND fi.box IS NOT NULL AND COALESCE(fi.reviewStage, 'first') = 'first'
                      AND NOT EXISTS (SELECT 1 FROM reviewGroupCrop g WHERE g.fieldId = fi.id AND g.outcome = 'odd')
                    ORDER BY o.bookId, o.sequence, r.row, fi.id LIMIT :window
                    """,
                arguments: arguments)
            // Fields by column and proposed value, in the order each set was first met.
            var sets: [[String]: [ClaimedField]] = [:]
            var order: [[String]] = []
            for row in rows {
                let field = Self.claimedField(row: row, readings: [], expiry: now, root: root)
                guard Self.cell(of: field) != nil, let value = proposal(field) else { continue }
                let key = [field.name, value]
                if sets[key] == nil { order.append(key) }
                sets[key, default: []].append(field)
            }
            guard let key = order.max(by: { sets[$0, default: []].count < sets[$1, default: []].count }),
                let fields = sets[key].map({ Array($0.prefix(size)) }), fields.count >= minimum
            else { return nil }
            let (name, value) = (key[0], key[1])
            let checks = try Self.checkCrops(
                db, name: name, unlike: value, book: fields[0].bookId, count: max(1, fields.count / Self.cropsPerCheck), root: root)

            let expiry = now.addingTimeInterval(hold)
            try db.execute(
                sql: "INSERT INTO reviewGroup (userId, name, value, servedAt, expiresAt, status) VALUES (?, ?, ?, ?, ?, 'open')",
                arguments: [reviewer.id, name, value, now, expiry])
            let group = db.lastInsertedRowID
            let shown = (fields.map { ($0, false) } + checks.map { ($0, true) }).shuffled()
            var crops: [GroupCrop] = []
            for (position, (field, isCheck)) in shown.enumerated() {
                guard let cell = Self.cell(of: field) else { continue }
                try db.execute(
                    sql: "INSERT INTO reviewGroupCrop (reviewGroupId, position, fieldId, isCheck) VALUES (?, ?, ?, ?)",
                    arguments: [group, position, field.fieldId, isCheck])
                if !isCheck { try Self.claim(db, field: field.fieldId, for: reviewer, at: now, until: expiry) }
                crops.append(GroupCrop(position: position, box: cell.box, pageImage: cell.page))
            }
            return ClaimedGroup(id: group, name: name, pipeline: fields[0].pipeline, value: value, crops: crops, expiresAt: expiry)
        }
    }

    /// Up to `count` accepted fields of column `name` whose values look plainly unlike `value`, of book `book` first.
    private static func checkCrops(
        _ db: Database, name: String, unlike value: String, book: String, count: Int, root: URL
    ) throws -> [ClaimedField] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(claimedFieldColumns) FROM \(fieldTables)
                WHERE fi.name = ? AND fi.status = 'accepted' AND fi.value != ? AND fi.box IS NOT NULL
                ORDER BY o.bookId = ? DESC, random() LIMIT ?
                """,
            arguments: [name, value, book, count * 10])
        return Array(rows.lazy.map { claimedField(row: $0, readings: [], expiry: Date(), root: root) }
            .filter { cell(of: $0) != nil && $0.value.isVisiblyDifferent(from: value) }
            .prefix(count))
    }

    /// Where a field's cell is, when its box and page are both known: what a crop of a grid is cut from.
    private static func cell(of field: ClaimedField) -> (box: [Int], page: URL)? {
        guard let box = field.box, box.count == 4, let page = field.pageImage else { return nil }
        return (box, page)
    }

    /// Grid `id` as it was served to `reviewer`, while it is open and theirs.
    public func group(_ id: Int64, heldBy reviewer: Reviewer, now: Date = Date()) throws(StoreError) -> ClaimedGroup? {
        let root = workspace.root
        return try read { db in
            guard let group = try Row.fetchOne(
                db, sql: "SELECT * FROM reviewGroup WHERE id = ? AND userId = ? AND status = 'open' AND expiresAt >= ?",
                arguments: [id, reviewer.id, now])
            else { return nil }
            var pipeline = ""
            let crops = try Row.fetchAll(
                db,
                sql: """
                    SELECT g.position, g.isCheck, \(Self.claimedFieldColumns)
                    FROM \(Self.fieldTables) JOIN reviewGroupCrop g ON g.fieldId = fi.id
                    WHERE g.reviewGroupId = ? ORDER BY g.position
                    """,
                arguments: [id]
            ).compactMap { row -> GroupCrop? in
                let field = Self.claimedField(row: row, readings: [], expiry: now, root: root)
                if !row["isCheck"] { pipeline = field.pipeline }
                return Self.cell(of: field).map { GroupCrop(position: row["position"], box: $0.box, pageImage: $0.page) }
            }
            return ClaimedGroup(
                id: id, name: group["name"], pipeline: pipeline, value: group["value"], crops: crops, expiresAt: group["expiresAt"])
        }
    }

    /// Decides grid `id`, which `reviewer` holds, with the crops at `odd` toggled out. When every check crop is
    /// among them, the other fields are decided with the grid's value (a confirmation, or a correction where the
    /// value was the recognizer's candidate), the screen's time shared among them, and the odd ones go back to the
    /// queue; else nothing is decided, every field goes back, and the missed checks are counted. All or nothing.
    public func decide(
        group id: Int64, odd: Set<Int>, by reviewer: Reviewer, now: Date = Date()
    ) throws(StoreError) -> GroupOutcome {
        try write { db in
            guard let group = try Row.fetchOne(
                db, sql: "SELECT * FROM reviewGroup WHERE id = ? AND userId = ? AND status = 'open'", arguments: [id, reviewer.id])
            else { return .refused("this grid is not yours or was already decided") }
            guard (group["expiresAt"] as Date) >= now else { return .refused("your hold on this grid ran out; take another") }
            let crops = try Self.crops(db, ofGroup: id)
            let fields = crops.filter { !$0.isCheck }
            let missed = crops.filter { $0.isCheck && !odd.contains($0.position) }.count
            func release(_ field: Int64) throws {
                try db.execute(sql: "DELETE FROM claim WHERE fieldId = ? AND userId = ?", arguments: [field, reviewer.id])
            }
            guard missed == 0 else {
                try db.execute(sql: "UPDATE reviewGroup SET status = 'refused', missedChecks = ? WHERE id = ?", arguments: [missed, id])
                for crop in fields { try release(crop.field) }
                try Self.audit(db, at: now, actor: reviewer.name, action: "group refused: \(missed) check crop(s) missed", subject: "reviewGroup",
                          subjectId: id, old: nil, new: group["value"])
                return .missedChecks(missed)
            }
            let value: String = group["value"]
            let kept = fields.filter { !odd.contains($0.position) }
            var outcome = GroupOutcome.confirmed(fields: kept.count, odd: fields.count - kept.count)
            func mark(_ position: Int, _ result: String) throws {
                try db.execute(
                    sql: "UPDATE reviewGroupCrop SET outcome = ? WHERE reviewGroupId = ? AND position = ?", arguments: [result, id, position])
            }
            try db.inSavepoint {
                for crop in fields where odd.contains(crop.position) {
                    try release(crop.field)
                    try mark(crop.position, "odd")
                }
                for crop in kept {
                    let old = try String.fetchOne(db, sql: "SELECT value FROM field WHERE id = ?", arguments: [crop.field])
                    let decided = try Self.decide(
                        db, field: crop.field, by: reviewer, action: old == value ? .confirm : .correct, value: value, fourEyes: false,
                        now: now, on: .group, among: kept.count)
                    if case .refused(let why) = decided {
                        outcome = .refused(why)
                        return .rollback
                    }
                    try mark(crop.position, "confirmed")
                }
                try db.execute(sql: "UPDATE reviewGroup SET status = 'confirmed' WHERE id = ?", arguments: [id])
                return .commit
            }
            return outcome
        }
    }

    /// Gives grid `id` back undecided: its fields go back to the queue for the others, as a skipped field does, and
    /// to `reviewer` once the hold would have run out.
    public func giveBack(group id: Int64, by reviewer: Reviewer) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: """
                    UPDATE claim SET skipped = 1 WHERE userId = ?
                      AND fieldId IN (SELECT fieldId FROM reviewGroupCrop WHERE reviewGroupId = ? AND NOT isCheck)
                    """,
                arguments: [reviewer.id, id])
            try db.execute(
                sql: "UPDATE reviewGroup SET status = 'given back' WHERE id = ? AND userId = ? AND status = 'open'", arguments: [id, reviewer.id])
        }
    }

    /// What grid `id` showed, for an audit of it: each crop's field and whether it was a check crop, by position.
    public func crops(ofGroup id: Int64) throws(StoreError) -> [(position: Int, field: Int64, isCheck: Bool)] {
        try read { db in try Self.crops(db, ofGroup: id) }
    }

    private static func crops(_ db: Database, ofGroup id: Int64) throws -> [(position: Int, field: Int64, isCheck: Bool)] {
        try Row.fetchAll(
            db, sql: "SELECT position, fieldId, isCheck FROM reviewGroupCrop WHERE reviewGroupId = ? ORDER BY position", arguments: [id]
        ).map { ($0["position"], $0["fieldId"], $0["isCheck"]) }
    }

    /// How many check crops each reviewer missed, and in how many grids, by name (reviewers with none left out).
    public func missedChecks() throws(StoreError) -> [(name: String, grids: Int, missed: Int)] {
        try read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT u.name, COUNT(*) AS grids, SUM(g.missedChecks) AS missed FROM reviewGroup g JOIN user u ON g.userId = u.id
                    WHERE g.missedChecks > 0 GROUP BY u.id ORDER BY u.name
                    """
            ).map { ($0["name"], $0["grids"], $0["missed"]) }
        }
    }
}
