import Foundation
@testable import SohoaImaging
import Testing

/// Rulings a scan lost (light lines a bilevel scan drops, a faded print) or gained (the paper's edge): a row ruling
/// lost where no writing crosses is cut back without doubt, one with writing across it is doubted, a page that lost
/// every row ruling is cut as its facing page, column edges the rows lost are taken from the header band, which still
/// shows them, and a line under the grid does not make a row.
@Suite struct LostRulingsTests {
    /// A level sample page with its rulings in the page image: row boundaries (y) and column edges (x), in pixels.
    struct RuledPage: ~Copyable {
        var image: LeptonicaImage
        var dpi: Int
        var widths: [Double]
        var rowLines: [Int]
        var columnLines: [Int]
        var header: (top: Int, bottom: Int)
    }

    static func ruledPage() throws -> RuledPage {
        let level = try GridPerspectiveTests.levelPage()
        let (page, region) = (level.truth, level.region)
        let toY = { (v: Double) in Int((v * page.pageToImage[1][1] + page.pageToImage[1][2]).rounded()) - region.y }
        let toX = { (v: Double) in Int((v * page.pageToImage[0][0] + page.pageToImage[0][2]).rounded()) - region.x }
        let header = try #require(page.grid.header)
        return RuledPage(
            image: level.image, dpi: level.dpi, widths: level.widths,
            rowLines: ([page.grid.rows[0][0]] + page.grid.rows.map { $0[1] }).map(toY),
            columnLines: ([page.grid.columns[0].x0] + page.grid.columns.map(\.x1)).map(toX),
            header: (toY(header[0]), toY(header[1])))
    }

    /// Paints `regions` of `image` with `value` (paper to erase a ruling, ink to draw a stroke).
    static func paint(_ image: borrowing LeptonicaImage, _ regions: [PixelRect], with value: Int) throws {
        image.fill(under: try LeptonicaImage.mask(width: image.width, height: image.height, regions: regions), with: value)
    }

    /// The band a ruling at `y` runs in, across the grid, a millimetre either side.
    static func across(_ page: borrowing RuledPage, at y: Int) -> PixelRect {
        let mm = Double(page.dpi) / 25.4
        let (left, right) = (page.columnLines[0] - Int(2 * mm), page.columnLines[page.columnLines.count - 1] + Int(2 * mm))
        return PixelRect(x: left, y: y - Int(mm), width: right - left, height: 2 * Int(mm) + 1)
    }

    func grid(of page: borrowing RuledPage, rowsLike: [Int]? = nil) throws -> LedgerGrid {
        let millimetres = rowsLike?.map { Double($0) * 25.4 / Double(page.dpi) }
        return try GridFinder(dpi: page.dpi, columns: page.widths.count, columnWidths: page.widths, rowsLike: millimetres)
            .find(in: page.image).grid
    }

    @Test func aRowRulingLostWhereNoWritingCrossesIsCutWithoutDoubt() throws {
        let page = try Self.ruledPage()
        let rows = page.rowLines.count - 1
        try #require(rows >= 3)
        try Self.paint(page.image, [Self.across(page, at: page.rowLines[2])], with: 255)
        let found = try grid(of: page)
        #expect(found.rows.count == rows)
        #expect(found.problems.isEmpty, "\(found.problems)")
    }

    @Test func writingAcrossALostRowRulingKeepsTheDoubt() throws {
        let page = try Self.ruledPage()
        let mm = Double(page.dpi) / 25.4
        let lost = page.rowLines[2]
        try Self.paint(page.image, [Self.across(page, at: lost)], with: 255)
        // A stroke of writing, 6 mm tall, down across where the ruling was, in the middle of the second column.
        let x = (page.columnLines[1] + page.columnLines[2]) / 2
        try Self.paint(page.image, [PixelRect(x: x, y: lost - Int(3 * mm), width: Int(0.5 * mm), height: Int(6 * mm))], with: 0)
        let found = try grid(of: page)
        #expect(found.rows.count == page.rowLines.count - 1)
        #expect(found.problems.contains { $0.contains("writing crosses") }, "\(found.problems)")
    }

    @Test func aPageThatLostItsRowRulingsIsCutAsItsFacingPage() throws {
        let page = try Self.ruledPage()
        let intact = try grid(of: page)
        let boundaries = try #require(intact.rowBoundaries)
        try Self.paint(page.image, page.rowLines.dropFirst().dropLast().map { Self.across(page, at: $0) }, with: 255)
        let alone = try grid(of: page)
        #expect(alone.rows.count != intact.rows.count, "the rows could be told without the facing page")
        let like = try grid(of: page, rowsLike: boundaries)
        #expect(like.rows.count == intact.rows.count)
        for (row, expected) in zip(like.rows, intact.rows) {
            #expect(abs(row.top - expected.top) <= page.dpi / 25, "row at \(row.top), intact \(expected.top)")
        }
    }

    @Test func aFacingPageWithOtherRowsDoesNotCutThisOne() {
        // The facing page has three rows of 300 pixels; this page's header ends at 100.
        let facing = [0.0, 300, 600, 900]
        // A ruling of this page stands where the facing page has none, or its rows are not as tall.
        #expect(GridFinder.rows(like: facing, lines: [0, 100, 250, 1000]) == nil)
        #expect(GridFinder.rows(like: facing, lines: [0, 100, 400, 1200]) == nil)
        // One ruling is lost between the header and a ruling that is where the facing page has one.
        let cut = GridFinder.rows(like: facing, lines: [0, 100, 410, 1000])
        #expect(cut?.header == 0...100)
        #expect(cut?.rows == [100...410, 410...700, 700...1000])
        #expect(cut?.cuts == [700])
    }

    @Test func aLineUnderTheGridDoesNotMakeARow() throws {
        let page = try Self.ruledPage()
        let mm = Double(page.dpi) / 25.4
        let intact = try grid(of: page)
        // The paper's edge, or a rule in the footer, a third of a row under the grid's bottom ruling.
        let bottom = page.rowLines[page.rowLines.count - 1]
        let below = bottom + (page.rowLines[1] - page.rowLines[0]) / 3
        let rule = PixelRect(x: page.columnLines[0], y: below, width: page.columnLines[page.columnLines.count - 1] - page.columnLines[0], height: Int(0.4 * mm))
        try Self.paint(page.image, [rule], with: 0)
        let found = try grid(of: page)
        #expect(found.rows.count == intact.rows.count)
        #expect(found.problems.isEmpty, "\(found.problems)")
    }

    @Test func columnEdgesTheRowsLostAreTakenFromTheHeader() throws {
        let page = try Self.ruledPage()
        let mm = Double(page.dpi) / 25.4
        // Two inner column rulings lost below the header band, as a bilevel scan drops light lines.
        let lost = [page.columnLines[2], page.columnLines[3], page.columnLines[5]]
        let below = page.header.bottom + Int(mm)
        try Self.paint(
            page.image,
            lost.map { PixelRect(x: $0 - Int(mm), y: below, width: 2 * Int(mm) + 1, height: page.rowLines[page.rowLines.count - 1] - below + Int(mm)) },
            with: 255)
        let found = try grid(of: page)
        #expect(found.problems.isEmpty, "\(found.problems)")
        #expect(found.columnCount == page.widths.count)
        let tolerance = Int(mm)
        for (index, line) in page.columnLines.enumerated() where index < page.columnLines.count - 1 {
            let cell = try #require(found.rows.first?.cells[safe: index])
            #expect(abs(cell.box.x - line) <= tolerance, "column \(index) at \(cell.box.x), ruled at \(line)")
        }
        #expect(found.restoredRulings == 0, "the header's lines were not used")
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
