import Foundation
@testable import SohoaImaging
import Testing

/// A row of bold handwriting whose baselines line up across the page like a ruling (`Tests/Fixtures/pages/README.md`,
/// `bold-baseline-page.png`) does not split its row in two: a band shorter than half a row between rows is no row.
@Suite struct BoldBaselineRowTests {
    @Test func aRowOfBoldWritingStaysOneRow() throws {
        let url = SampleFiles.repository.appendingPathComponent("Tests/Fixtures/pages/bold-baseline-page.png")
        let page = try ScanDecoder.decode(path: url.path, frame: 0).gray8()
        let grid = try GridFinder(dpi: 150, columns: 10, columnWidths: [26, 10, 11, 23, 26, 10, 11, 23, 25, 13]).find(in: page).grid
        #expect(grid.rows.count == 6, "rows from \(grid.rows.map(\.top)) to \(grid.rows.map(\.bottom)), \(grid.problems)")
        // The last row, ruled from 1282 to 1504 on the image, holds the whole entry.
        if let last = grid.rows.last {
            #expect(abs(last.top - 1282) <= 8 && abs(last.bottom - 1504) <= 8, "last row \(last.top)–\(last.bottom)")
        }
    }
}
