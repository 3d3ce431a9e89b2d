import Foundation
import SohoaCore
import SohoaImaging
import SohoaOCR
import SohoaStore

/// Reads an opening into records: both pages' grids, their rows paired top to bottom (a record runs across the
/// spread), blank rows dropped, every field routed. What is wrong with a page or the pairing travels to each field
/// it concerns as a review reason.
struct OpeningReader {
    let pipeline: Pipeline
    let router: RecordRouter

    /// The grids found (for the store) and the records.
    struct Result {
        var layout: [String: LedgerGrid]
        var records: [RecordEntry]
    }

    func read(_ opening: OpeningToRead, book shared: BookContext, engines: inout CellEngines) throws -> Result {
        let book = shared.remembering()
        var pages: [String: PageReader.Result] = [:]
        if let left = opening.left {
            pages["left"] = try PageReader(columns: pipeline.left, policy: router.policy).read(left, engines: &engines)
        }
        if let right = opening.right {
            pages["right"] = try PageReader(columns: pipeline.right, policy: router.policy).read(right, engines: &engines)
        }
        try rereadShortPage(of: opening, in: &pages, engines: &engines)
        let firstReading = records(from: pages, opening: opening, book: book)
        // The cells' image condition is measured where it can still change a decision: the cells of fields that the
        // reading alone would accept.
        var places: [String: (side: String, column: Int)] = [:]
        for (side, columns) in [("left", pipeline.left), ("right", pipeline.right)] {
            for (index, column) in columns.enumerated() { for field in column.fields { places[field] = (side, index) } }
        }
        for (side, page) in [("left", opening.left), ("right", opening.right)] {
            guard let page, var read = pages[side] else { continue }
            var chosen: [(row: Int, column: Int)] = []
            for record in firstReading {
                let columns = Set(record.fields.filter { $0.decision.status == .accepted }.compactMap { field in
                    places[field.decision.name].flatMap { $0.side == side ? $0.column : nil }
                })
                chosen += columns.sorted().filter { record.row - 1 < read.cells.count && $0 < read.cells[record.row - 1].count }
                    .map { (record.row - 1, $0) }
            }
            let damage = try CellInspector.damage(of: chosen.map { read.cells[$0.row][$0.column].box }, on: page, dpi: read.dpi)
            for (place, reasons) in zip(chosen, damage) { read.cells[place.row][place.column].evidence.damage += reasons }
            pages[side] = read
        }
        return Result(layout: pages.mapValues(\.grid), records: records(from: pages, opening: opening, book: book))
    }

    /// When one page found fewer rows than its facing page (rulings between rows lost, light lines a bilevel scan
    /// dropped), reads it again with its rows cut as the facing page's are, and keeps that reading if it then has
    /// the facing page's rows. A record runs across the spread, so both pages show the same rows.
    private func rereadShortPage(
        of opening: OpeningToRead, in pages: inout [String: PageReader.Result], engines: inout CellEngines
    ) throws {
        guard let left = pages["left"], let right = pages["right"], left.grid.rows.count != right.grid.rows.count
        else { return }
        let (side, long) = left.grid.rows.count < right.grid.rows.count ? ("left", right) : ("right", left)
        guard let short = side == "left" ? opening.left : opening.right, pages[side]?.grid.rows.isEmpty == false,
            let boundaries = long.grid.rowBoundaries
        else { return }
        let columns = side == "left" ? pipeline.left : pipeline.right
        let millimetres = boundaries.map { Double($0) * 25.4 / Double(long.dpi) }
        let again = try PageReader(columns: columns, policy: router.policy, rowsLike: millimetres).read(short, engines: &engines)
        if again.grid.rows.count == long.grid.rows.count { pages[side] = again }
    }

    /// The opening's records from what its pages gave: rows paired top to bottom, blank rows dropped, rows of marks
    /// only dismissed (`RowPresence`), fields routed.
    private func records(from pages: [String: PageReader.Result], opening: OpeningToRead, book: BookContext) -> [RecordEntry] {
        let leftReasons = reasons(of: opening.left, grid: pages["left"]?.grid, columns: pipeline.left.count)
        var rightReasons = reasons(of: opening.right, grid: pages["right"]?.grid, columns: pipeline.right.count)
        // Pages of a frame whose layout is in doubt (one page or two) may be halves of one page, or one page of two:
        // their pairing is in doubt with it.
        let layoutInDoubt = (leftReasons + rightReasons).contains(.layoutUncertain)
        let paired = opening.problem == nil || (opening.problem == OpeningAssembler.unnumbered && formsConfirmPairing(pages))
        if layoutInDoubt || !paired { rightReasons.append(.pairingUncertain) }
        let rowCounts = pages.values.map(\.grid.rows.count)
        let rows = rowCounts.max() ?? 0
        var shared: [ReviewReason] = []
        if Set(rowCounts).count > 1 { shared.append(.rowMismatch) }

        var records: [RecordEntry] = []
        for row in 0..<rows {
            let left = cells(of: pages["left"], row: row, columns: pipeline.left)
            let right = cells(of: pages["right"], row: row, columns: pipeline.right)
            var recordCells: [RecordCell] = []
            var foundCells: [RecordCell] = []
            var boxes: [String: (side: String, box: PixelRect?, evidence: CellEvidence)] = [:]
            for (side, columns, found, reasons) in [
                ("left", pipeline.left, left, leftReasons + shared), ("right", pipeline.right, right, rightReasons + shared),
            ] {
                for (column, cell) in zip(columns, found) {
                    let evidence = cell?.evidence ?? CellEvidence.blankCell
                    recordCells.append(RecordCell(column: column, evidence: evidence, pageReasons: reasons))
                    if cell != nil { foundCells.append(recordCells[recordCells.count - 1]) }
                    for field in column.fields { boxes[field] = (side, cell?.box, evidence) }
                }
            }
            let presence = RowPresence(foundCells, onOnePageOnly: pages.count == 2 && rowCounts.contains { row >= $0 })
            guard presence != .blank else { continue }  // a blank ruled row is no record
            let fields = router.route(recordCells, book: book).map { routed in
                var decision = routed
                switch presence {
                case .marksOnly: decision.dismissAsNotARecord()
                case .uncertain: decision.flag(.rowMayBeBlank)
                case .blank, .record: break
                }
                let place = boxes[decision.name]
                return RecordEntry.Field(
                    decision: decision, side: place?.side ?? "left",
                    box: place?.box.map { [$0.x, $0.y, $0.width, $0.height] },
                    evidence: (try? JSONEncoder().encode(place?.evidence)) ?? Data("null".utf8))
            }
            records.append(RecordEntry(row: row + 1, fields: fields))
        }
        return records
    }

    /// Whether two pages paired by reading order (a page number unread) show the facing forms of one opening: the
    /// left page the left form's columns, the right page the right form's, both the same rows, every ruling where
    /// the form has it. A page out of order or missing would put a page of the wrong side, or no page, there.
    private func formsConfirmPairing(_ pages: [String: PageReader.Result]) -> Bool {
        guard let left = pages["left"]?.grid, let right = pages["right"]?.grid else { return false }
        return left.showsForm(columns: pipeline.left.count) && right.showsForm(columns: pipeline.right.count)
            && left.rows.count == right.rows.count
    }

    /// The cells of `row` of a page, one per pipeline column; nil where the page, the row or the column is missing.
    private func cells(of page: PageReader.Result?, row: Int, columns: [PipelineColumn]) -> [PageReader.ReadCell?] {
        guard let page, row < page.cells.count else { return columns.map { _ in nil } }
        let found = page.cells[row]
        return columns.indices.map { $0 < found.count ? found[$0] : nil }
    }

    /// Why every field of a page must be seen by a person: preparation's doubts, a grid that is not the form's or
    /// was found on a region itself in doubt (the page's layout), a page that is missing.
    private func reasons(of page: OpeningToRead.Page?, grid: LedgerGrid?, columns: Int) -> [ReviewReason] {
        guard let page, let grid else { return [.pageMissing] }
        var reasons = page.reasons.compactMap { ReviewReason(rawValue: $0) }
        if !grid.problems.isEmpty || grid.columnCount != columns || reasons.contains(.layoutUncertain) {
            reasons.append(.gridUncertain)
        }
        return reasons
    }
}
