import SohoaCore
import Testing

/// A row is a record when most of the cells a register always fills hold writing, marks on a blank row when one or
/// two cells do, and a question for a person in between; the columns are those of the birth ledger (`ks-ledger`).
@Suite struct RowPresenceTests {
    static let left: [PipelineColumn] = ["so", "ngayDangKy", "nksHoTen", "nksGioiTinh", "nksNgaySinh", "nksNoiSinh", "nksDanToc",
                                         "nksQuocTich", "nksQueQuan"].map { PipelineColumn(header: $0, fields: [$0], type: .text) }
    static let right: [PipelineColumn] =
        ["meHoTen", "meNgaySinh", "meDanToc", "meNoiCuTru"].map { PipelineColumn(header: $0, fields: [$0], type: .text) }
        + ["chaHoTen", "chaNgaySinh", "chaDanToc", "chaNoiCuTru"].map { PipelineColumn(header: $0, fields: [$0], type: .text, together: "cha") }
        + [PipelineColumn(header: "nyc", fields: ["nycHoTen", "nycQuanHe"], type: .nameRelation),
           PipelineColumn(header: "ghiChu", fields: ["ghiChu"], type: .text, optional: true)]

    /// The found cells of `columns`, those named in `written` holding writing.
    static func row(_ columns: [PipelineColumn], written: Set<String>) -> [RecordCell] {
        columns.map { column in
            let evidence = written.contains(column.fields[0])
                ? CellEvidence(lines: ["x"], confidence: 0.9, markRival: 0, rival: 0, blank: false, damage: []) : .blankCell
            return RecordCell(column: column, evidence: evidence)
        }
    }

    static let everyRequired: Set<String> = Set((left + right).filter { $0.optional != true && $0.together == nil }.map(\.fields[0]))

    @Test func aWrittenRowIsARecordEvenWithoutItsFatherOrHalfItsCellsLost() {
        #expect(RowPresence(Self.row(Self.left + Self.right, written: Self.everyRequired)) == .record, "father unknown, no note")
        // A torn corner or faded ink takes a few cells; a missing page takes all of its side.
        let damaged = Self.everyRequired.subtracting(["nksNoiSinh", "nksDanToc", "nksQuocTich", "nksQueQuan", "meNoiCuTru"])
        #expect(RowPresence(Self.row(Self.left + Self.right, written: damaged)) == .record)
        #expect(RowPresence(Self.row(Self.right, written: ["meHoTen", "meNgaySinh", "meDanToc", "nycHoTen"])) == .record)
    }

    /// A row only one page of an opening has (its facing page's grid ends above it) is half a record at most: asked
    /// about, however full (a tuning set's right page, read upside down under a doubt, filled such a row).
    @Test func aRowOnOnePageOfTwoIsAskedAbout() {
        let full = Self.row(Self.right, written: ["meHoTen", "meNgaySinh", "meDanToc", "nycHoTen"])
        #expect(RowPresence(full, onOnePageOnly: true) == .uncertain)
        #expect(RowPresence(full) == .record, "a page missing from the book: its facing page's rows are records")
        #expect(RowPresence(Self.row(Self.right, written: []), onOnePageOnly: true) == .blank)
    }

    /// A written row that only doubted pages show may be no row: the header band of a page read upside down, half a
    /// row the grid cut in two, a band of a spread read as one page (all three met on tuning sets). One trusted
    /// page showing the writing makes it a record again.
    @Test func aRowOnlyDoubtedPagesShowIsAskedAbout() {
        let full = Self.row(Self.left + Self.right, written: Self.everyRequired)
        func onPages(_ reasons: (left: [ReviewReason], right: [ReviewReason])) -> [RecordCell] {
            full.map { cell in
                let side = Self.left.contains { $0.fields == cell.column.fields } ? reasons.left : reasons.right
                return RecordCell(column: cell.column, evidence: cell.evidence, pageReasons: side)
            }
        }
        for reason in [ReviewReason.orientationUncertain, .gridUncertain, .layoutUncertain] {
            #expect(RowPresence(onPages(([reason], [reason]))) == .uncertain, "\(reason)")
            #expect(RowPresence(onPages(([reason], []))) == .record, "\(reason) on the left page only")
        }
        #expect(RowPresence(onPages(([.pairingUncertain, .skewUncertain], [.pageMissing]))) == .record,
                "doubts about the pairing or the skew do not make a band less of a row")
    }

    /// On a page whose grid is in doubt, a row's cells may hold the next row's writing: marks there are asked about.
    @Test func marksOnAPageWhoseRowsAreInDoubtAreAskedAbout() {
        for reason in [ReviewReason.gridUncertain, .rowMismatch] {
            let cells = Self.row(Self.left + Self.right, written: ["nksNoiSinh"]).map {
                RecordCell(column: $0.column, evidence: $0.evidence, pageReasons: [reason])
            }
            #expect(RowPresence(cells) == .uncertain, "\(reason)")
        }
    }

    @Test func marksOnAFewCellsOfABlankRowAreNoRecord() {
        let columns = Self.left + Self.right
        #expect(RowPresence(Self.row(columns, written: [])) == .blank)
        #expect(RowPresence(Self.row(columns, written: ["nksNoiSinh"])) == .marksOnly, "a dot or a slip of the pen")
        #expect(RowPresence(Self.row(columns, written: ["chaNoiCuTru", "nycHoTen", "ghiChu"])) == .marksOnly, "a seal's edge")
        #expect(RowPresence(Self.row(columns, written: ["nksNoiSinh", "nksDanToc"])) == .marksOnly, "a cup ring")
        // One page alone: a stray stroke on seven to ten cells is still one cell.
        #expect(RowPresence(Self.row(Self.right, written: ["meNoiCuTru"])) == .marksOnly)
    }

    @Test func aRowBetweenMarksAndARecordIsForAPersonToDecide() {
        let columns = Self.left + Self.right
        #expect(RowPresence(Self.row(columns, written: ["so", "ngayDangKy", "nksHoTen", "nksGioiTinh", "meHoTen"])) == .uncertain)
        #expect(RowPresence(Self.row(Self.right, written: ["meHoTen", "chaHoTen", "chaNgaySinh"])) == .uncertain,
                "one page: writing in a third of its cells")
    }
}
