import Foundation
import SohoaImaging
import SohoaOCR
import Testing

/// The engine links, loads Debian's `vie` model and reads Vietnamese as NFC text.
@Suite struct TesseractEngineTests {
    static let page = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("samples/batch/kh-namdinh-2009-01/0001.png")

    @Test func readsThePrintedColumnHeadersOfASamplePage() throws {
        let engine = try TesseractEngine(language: "vie")
        let image = try ScanDecoder.decode(path: Self.page.path, frame: 0)
        let dpi = try #require(image.declaredDPI)
        // The header band: the top fifth of the page.
        let band = PixelRegion(x: 0, y: 0, width: image.width, height: image.height / 5)
        let reading = try engine.read(image, dpi: dpi, region: band, segmentation: .automatic)
        #expect(reading.text == reading.text.precomposedStringWithCanonicalMapping)
        for header in ["Dân tộc", "Quốc tịch"] {
            #expect(reading.text.contains(header), "\(header) not in: \(reading.text)")
        }
        #expect(reading.confidence > 0.5)
    }

    @Test func anUnknownLanguageIsAClearError() {
        #expect {
            _ = try TesseractEngine(language: "xx-not-a-language")
        } throws: { error in
            String(describing: error).contains("xx-not-a-language")
        }
    }
}
