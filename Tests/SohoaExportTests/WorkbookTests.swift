import Foundation
@testable import SohoaExport
import Testing

/// The national sheet as a spreadsheet application reads it back.
@Suite struct WorkbookTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sohoa-workbook-\(UUID())")

    private func written(_ rows: [[SheetCell]], modified: Date = Date(timeIntervalSince1970: 1_200_000_000)) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("\(UUID()).xlsx")
        try Workbook(sheetName: "DL Import", rows: rows).write(to: url, modified: modified)
        return url
    }

    @Test func cellsRoundTripAsTextUnchanged() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows: [[SheetCell]] = [
            [.text("STT"), .text("so"), .text("ghiChu")],
            [.number(1), .text("01/2008"), .text("Nguyễn Thị Hồng Nhung")],
            [.number(2), .text(""), .text("<script>alert(1)</script> & \"x\"")],
            [.number(3), .text("012345678901"), .text("  spaced  ")],
            [.number(4), .text("15.02.1980"), .text("UBND xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa")],
            [.number(5), .text("Hà Tây\nhai dòng"), .text("Nguyễn Thị Hồng Nhung")],
        ]
        let sheet = try WorkbookReader(try written(rows))
        #expect(sheet.sheetName == "DL Import")
        let expected = rows.map { row in
            row.map { cell in
                switch cell {
                case .text(let text): text
                case .number(let number): String(number)
                }
            }
        }
        #expect(sheet.rows == expected)
        // Text cells carry the text format (`@`), so that a spreadsheet never turns `01/2008` into a date.
        #expect(sheet.cellStyles[sheet.styleOfCell["C2"] ?? -1] == 49)
        #expect(sheet.cellStyles[sheet.styleOfCell["A2"] ?? -1] == 0)
    }

    @Test func theSameRowsGiveTheSameBytesAndTheDateIsTheGivenOne() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows: [[SheetCell]] = [[.text("so")], [.text("1/2008")]]
        let first = try Data(contentsOf: try written(rows))
        #expect(try Data(contentsOf: try written(rows)) == first)
        #expect(try Data(contentsOf: try written(rows, modified: Date(timeIntervalSince1970: 1_300_000_000))) != first)
    }

    @Test(arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (69, "BR"), (701, "ZZ"), (702, "AAA")])
    func columnLetters(index: Int, name: String) {
        #expect(Workbook.columnName(index) == name)
        #expect(WorkbookReader.columnIndex("\(name)7") == index)
    }
}
