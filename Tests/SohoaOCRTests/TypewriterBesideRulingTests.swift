import Foundation
import SohoaImaging
import SohoaOCR
import Testing

/// A typewritten entry that begins right beside its column's ruling (`Tests/Fixtures/pages/README.md`,
/// `typewriter-beside-ruling.png`) keeps its first letter: its line of letters, closed into a run across the page, is
/// no ruling, and painting it over with the column's edge made `Ngọc` read `sdgọc`.
@Suite struct TypewriterBesideRulingTests {
    @Test func theFirstLetterBesideTheRulingIsRead() throws {
        let url = LedgerSample.root.appendingPathComponent("Tests/Fixtures/pages/typewriter-beside-ruling.png")
        let page = try ScanDecoder.decode(path: url.path, frame: 0).gray8()
        let ledger = try GridFinder(dpi: 156, columns: 9, columnWidths: [9, 21, 33, 11, 21, 30, 13, 14, 26]).find(in: page)
        try #require(ledger.grid.rows.count == 6, "\(ledger.grid.problems)")
        var engines = try CellEngines()
        // The birthplace (the last column) of rows 3, 5 and 6 is `Ngọc Trạo, Thạch Thành, Thanh Hóa`.
        let firstLines = try engines.withPage(ledger.text, dpi: ledger.textDPI) { readers throws(OCRError) in
            try [2, 4, 5].map { row throws(OCRError) in
                guard let cell = ledger.grid.rows[row].cells.last, let region = ledger.readingRegion(of: cell) else { return "" }
                return try readers.text.read(cell: region, segmentation: .singleBlock).lines.first ?? ""
            }
        }
        for line in firstLines { #expect(line.hasPrefix("Ngọc Trạo"), "read \(line)") }
    }
}
