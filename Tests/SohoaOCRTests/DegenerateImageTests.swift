import SohoaImaging
import SohoaOCR
import Testing

/// What crashed Tesseract (a null image in its thresholder) is refused at the engine's door, once: images under its
/// minimum and absurd resolutions are errors, empty rectangles and slivers read as nothing. Before the guard, the
/// page number of a 256×1 frame killed every run.
@Suite struct DegenerateImageTests {
    /// An 8-bit page of `width` × `height` with one ink block, the kind a stage hands the engine.
    static func page(_ width: Int, _ height: Int) throws -> LeptonicaImage {
        let ink = PixelRect(x: width / 4, y: height / 4, width: max(1, width / 2), height: max(1, height / 2))
        return try LeptonicaImage.mask(width: width, height: height, regions: [ink]).gray8()
    }

    @Test(arguments: [(1, 1), (2, 1), (256, 1), (1, 256), (2, 2)])
    func imagesUnderTheMinimumAreRefused(width: Int, height: Int) throws {
        let engine = try TesseractEngine(language: "eng")
        let image = try Self.page(width, height)
        #expect(throws: OCRError.self) {
            try engine.words(image, dpi: 300, region: PixelRect(x: 0, y: 0, width: width, height: height))
        }
        #expect(throws: OCRError.self) { try PageNumberReader().read(image, dpi: 300, corner: .either, engine: engine) }
        #expect(throws: OCRError.self) { try engine.read(image, dpi: 300) }
    }

    @Test func emptyAndOutsideRectanglesReadNothing() throws {
        let engine = try TesseractEngine(language: "eng")
        let image = try Self.page(400, 300)
        for region in [
            PixelRect(x: 0, y: 0, width: 256, height: 0), PixelRect(x: 10, y: 10, width: 2, height: 200),
            PixelRect(x: 500, y: 500, width: 20, height: 20), PixelRect(x: -50, y: -50, width: 20, height: 20),
            PixelRect(x: 0, y: 299, width: 400, height: 1), PixelRect(x: 10, y: 10, width: -5, height: -5),
        ] {
            #expect(try engine.words(image, dpi: 300, region: region).isEmpty)
            #expect(try engine.read(image, dpi: 300, region: region).text.isEmpty)
        }
        // The engine is left fit for a real read afterwards.
        #expect(try engine.words(image, dpi: 300, region: PixelRect(x: 0, y: 0, width: 400, height: 300)).count <= 2)
    }

    @Test(arguments: [0, -1, 6, 100_000])
    func resolutionsThatMeasureNothingAreRefused(dpi: Int) throws {
        let engine = try TesseractEngine(language: "eng")
        let image = try Self.page(400, 300)
        #expect(throws: OCRError.self) { try engine.words(image, dpi: dpi, region: PixelRect(x: 0, y: 0, width: 400, height: 300)) }
    }

    /// Cells of a page set once: a sliver, a one-pixel row and an empty rectangle read as blank; the page's own
    /// minimum holds too.
    @Test func cellSliversReadAsBlank() throws {
        var engines = try CellEngines()
        let image = try Self.page(600, 400)
        let readings = try engines.withPage(image, dpi: 300) { (readers: borrowing PageReaders) throws(OCRError) -> [CellReading] in
            var readings: [CellReading] = []
            for cell in [PixelRect(x: 150, y: 100, width: 2, height: 200), PixelRect(x: 150, y: 199, width: 300, height: 1)] {
                readings.append(try readers.text.read(cell: cell, segmentation: .singleBlock))
                readings.append(try readers.digits.read(cell: cell, segmentation: .singleLine, characters: "0123456789"))
            }
            return readings
        }
        #expect(readings.allSatisfy { $0.isEmpty })
        let tiny = try Self.page(2, 2)
        #expect(throws: OCRError.self) {
            try engines.withPage(tiny, dpi: 300) { (_: borrowing PageReaders) throws(OCRError) in () }
        }
    }
}
