import Foundation
@testable import SohoaImaging
import Testing

/// A ruling of the reverse side showing through beside a ruling of the page (`Tests/Fixtures/pages/README.md`,
/// `ghost-ruling-page.png`) is a ghost, not the column's edge: the darker of two lines side by side is the ruling, on
/// either side of it.
@Suite struct GhostRulingTests {
    /// Profiles of `bands` bands of paper (200) with a dark line (dipping 150) at 100 and a faint one (dipping 25)
    /// at `ghost`.
    static func profiles(ghost: Int, bands: Int = 6) -> [[Double]] {
        (0..<bands).map { _ in
            (0..<300).map { x in x == 100 || x == 101 ? 50 : x == ghost || x == ghost + 1 ? 175 : 200 }
        }
    }

    let finder = RulingLines(halfWidth: 6, minimumDip: 12, tolerance: 19, presence: 0.45)

    @Test(arguments: [119, 81])
    func theDarkerOfTwoLinesSideBySideIsTheRuling(ghost: Int) {
        let lines = finder.lines(in: Self.profiles(ghost: ghost))
        #expect(lines.count == 1 && lines.allSatisfy { abs($0 - 100) <= 1 }, "\(lines)")
    }

    @Test func linesFurtherApartThanASlantWandersAreBothKept() {
        let lines = finder.lines(in: Self.profiles(ghost: 140))
        #expect(lines.count == 2, "\(lines)")
    }

    /// The right page of a death register (200 dpi), its first column ruled at x 142 with the reverse side's ruling
    /// showing at 161: its cells begin at the page's ruling, so that the first digits of `10 giờ 50 phút` are read.
    @Test func aColumnBeginsAtThePagesRulingNotItsGhost() throws {
        let url = SampleFiles.repository.appendingPathComponent("Tests/Fixtures/pages/ghost-ruling-page.png")
        let page = try ScanDecoder.decode(path: url.path, frame: 0).gray8()
        let grid = try GridFinder(dpi: 200, columns: 6, columnWidths: [30, 32, 28, 18, 38, 32]).find(in: page).grid
        #expect(grid.problems.isEmpty, "\(grid.problems)")
        #expect(grid.rows.count == 6)
        for row in grid.rows {
            guard let first = row.cells.first, let last = row.cells.last else { continue }
            #expect(abs(first.box.x - 145) <= 3, "first cell from x \(first.box.x)")
            #expect(abs(last.box.x + last.box.width - 1542) <= 3, "last cell to x \(last.box.x + last.box.width)")
        }
    }
}

/// Writing beyond the grid's outer rulings on a cell's line: the cell's reading may lack its first letters.
@Suite struct WritingPastOuterRulingTests {
    static func page() throws -> LeptonicaImage {
        let url = SampleFiles.repository.appendingPathComponent("Tests/Fixtures/pages/ghost-ruling-page.png")
        return try ScanDecoder.decode(path: url.path, frame: 0).gray8()
    }

    static func grid(of page: borrowing LeptonicaImage) throws -> LedgerGrid {
        try GridFinder(dpi: 200, columns: 6, columnWidths: [30, 32, 28, 18, 38, 32]).find(in: page).grid
    }

    /// The cells' writing stays inside the rulings: none is doubted, but the note cell of the last row, whose seal's
    /// ring of letters runs past the grid's right border (what a seal covers is a person's to read anyway).
    @Test func writingInsideItsRulingsIsNotDoubted() throws {
        let grid = try Self.grid(of: try Self.page())
        try #require(grid.rows.count == 6)
        let doubted = grid.rows.flatMap(\.cells).filter(\.writingRunsPastRulings)
        #expect(doubted.map(\.box) == grid.rows.last?.cells.last.map { [$0.box] }, "\(doubted.map(\.box))")
    }

    /// With the page's own left ruling gone, the ghost beside it is the grid's border, and it cuts through the first
    /// digits of every entry of the first column (`10 giờ 50 phút` read `0 giờ 50 phút`): each is doubted.
    @Test func aBorderThatCutsThroughWritingDoubtsItsCells() throws {
        let page = try Self.page()
        let ruling = PixelRect(x: 138, y: 0, width: 9, height: page.height)
        page.fill(under: try LeptonicaImage.mask(width: page.width, height: page.height, regions: [ruling]), with: 235)
        let grid = try Self.grid(of: page)
        try #require(grid.rows.count == 6)
        for (index, row) in grid.rows.enumerated() {
            guard let first = row.cells.first else { continue }
            #expect(first.box.x > 150, "row \(index + 1): the ghost is the border")
            #expect(first.writingRunsPastRulings, "row \(index + 1): first cell from x \(first.box.x), writing \(String(describing: first.inkBox))")
            let othersDoubted = row.cells.dropFirst().dropLast(index == 5 ? 1 : 0).filter(\.writingRunsPastRulings).count
            #expect(othersDoubted == 0, "row \(index + 1)")
        }
    }
}
