import SohoaImaging
import Testing

@testable import SohoaOCR

/// The variables a cell read sets are put back: whatever the engine had before (here the page number reader's sparse
/// segmentation) is what it has after, and the LSTM choice mode is off again.
@Suite struct CellReadSettingsTests {
    @Test func aCellReadPutsBackTheEngineVariables() throws {
        let sample = try LedgerSample(book: "ks-thachthanh-2008-01", file: "0003.tif")
        var engine = try TesseractEngine(language: "vie")
        _ = try PageNumberReader().read(sample.image, dpi: sample.dpi, corner: .either, engine: engine)
        let before = CellReadSettings(of: engine.handle)
        let date = try #require(sample.cells.first { $0.fields == ["ngayDangKy"] })
        let handle = engine.handle
        let during = try engine.withPage(sample.image, dpi: sample.dpi) { page throws(OCRError) in
            _ = try page.read(cell: date.region, segmentation: .singleBlock, characters: "0123456789/")
            return CellReadSettings(of: handle)
        }
        let after = CellReadSettings(of: engine.handle)
        #expect(before.choiceMode == 0 && before.whitelist.isEmpty)
        #expect(during.choiceMode == before.choiceMode && during.whitelist == before.whitelist)
        #expect(during.segmentation == before.segmentation)
        #expect(after.choiceMode == before.choiceMode && after.whitelist == before.whitelist)
        #expect(after.segmentation == before.segmentation)
    }
}
