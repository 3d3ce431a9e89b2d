import Foundation
import SohoaImaging
import SohoaOCR
import Testing

/// A speck of dust standing apart from a cell's writing (`Tests/Fixtures/pages/README.md`, `speck-beside-writing.png`)
/// is not read with it: `Xã Ngọc Trạo` was read `Xã Ngọc Trạo Ỗ`, and a right reading went to a person.
@Suite struct SpeckApartFromWritingTests {
    @Test func theWritingIsReadWithoutTheSpeck() throws {
        let url = LedgerSample.root.appendingPathComponent("Tests/Fixtures/pages/speck-beside-writing.png")
        let page = try ScanDecoder.decode(path: url.path, frame: 0).gray8()
        let ledger = try GridFinder(dpi: 210, columns: 10, columnWidths: [26, 10, 11, 23, 26, 10, 11, 23, 25, 13]).find(in: page)
        try #require(ledger.grid.rows.count >= 2, "\(ledger.grid.problems)")
        // The mother's residence of the second row; the speck, 3 pixels wide, is at (642, 714), on the line of `Trạo`
        // and 2 mm beyond it.
        let cell = ledger.grid.rows[1].cells[3]
        let ink = try #require(cell.inkBox)
        #expect(ink.x + ink.width < 638, "the writing is found at \(ink)")
        let reading = ledger.readingRegion(of: cell)
        let region = try #require(reading)
        var engines = try CellEngines()
        let lines = try engines.withPage(ledger.text, dpi: ledger.textDPI) { readers throws(OCRError) in
            try readers.text.read(cell: region, segmentation: .singleBlock).lines
        }
        #expect(lines.joined(separator: " ") == "Xã Ngọc Trạo", "read \(lines)")
    }
}
