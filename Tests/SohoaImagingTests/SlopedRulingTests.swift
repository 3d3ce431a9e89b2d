import Foundation
@testable import SohoaImaging
import Testing

/// Rulings that fall across the page (a keystone the levelling left) are no writing: the blank rows of a photographed
/// page stay blank, its written ones written (`Tests/Fixtures/pages/README.md`, `sloped-rulings-page.png`).
@Suite struct SlopedRulingTests {
    static func grid() throws -> LedgerGrid {
        let url = SampleFiles.repository.appendingPathComponent("Tests/Fixtures/pages/sloped-rulings-page.png")
        let page = try ScanDecoder.decode(path: url.path, frame: 0).gray8()
        return try GridFinder(dpi: 150, columns: 9, columnWidths: [9, 21, 33, 11, 21, 30, 13, 14, 26]).find(in: page).grid
    }

    @Test func theBlankRowsUnderSlopingRulingsHoldNoWriting() throws {
        let grid = try Self.grid()
        try #require(grid.rows.count == 6, "\(grid.problems)")
        for row in [3, 5] {
            let written = grid.rows[row].cells.indices.filter { grid.rows[row].cells[$0].inkBox != nil }
            #expect(written.isEmpty, "row \(row + 1): cells \(written) seem written, \(written.compactMap { grid.rows[row].cells[$0].inkBox }) in \(written.map { grid.rows[row].cells[$0].box })")
        }
    }

    @Test func itsWrittenRowsAreWritten() throws {
        let grid = try Self.grid()
        try #require(grid.rows.count == 6, "\(grid.problems)")
        for row in [0, 1, 2, 4] {
            let written = grid.rows[row].cells.count { $0.inkBox != nil }
            #expect(written >= 8, "row \(row + 1): \(written) of 9 cells written")
        }
    }
}
