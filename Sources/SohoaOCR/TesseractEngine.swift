import CLeptonica
import CTesseract
import Foundation
public import SohoaImaging

/// One Tesseract engine, initialised once and reused for every image a worker reads. Not shared across threads:
/// each worker owns its own (`~Copyable`, not `Sendable`).
public struct TesseractEngine: ~Copyable {
    /// The `TessBaseAPI`; other files of the module reach it for page sessions (`withPage`).
    let handle: OpaquePointer

    /// Loads `language` (Debian's tessdata unless `dataPath` names another folder) with the LSTM engine.
    public init(language: String = "vie", dataPath: String? = nil) throws(OCRError) {
        guard let handle = TessBaseAPICreate() else { throw OCRError("Tesseract could not create an engine") }
        guard TessBaseAPIInit2(handle, dataPath, language, OEM_LSTM_ONLY) == 0 else {
            TessBaseAPIDelete(handle)
            throw OCRError("Tesseract could not load language \"\(language)\" (is tesseract-ocr-\(language) installed?)")
        }
        self.handle = handle
    }

    deinit {
        TessBaseAPIEnd(handle)
        TessBaseAPIDelete(handle)
    }

    /// The linked Tesseract's version, e.g. `5.3.0`.
    public static var version: String { String(cString: TessVersion()) }

    /// Reads `region` of `image` (the whole image when nil) at its real resolution; `characters`, when given,
    /// are the only ones Tesseract may output (for example the digits of a page number).
    public func read(
        _ image: borrowing LeptonicaImage, dpi: Int, region: PixelRect? = nil, segmentation: PageSegmentation = .singleBlock,
        characters: String? = nil
    ) throws(OCRError) -> TextReading {
        prepare(image, dpi: dpi, region: region, segmentation: segmentation, characters: characters)
        defer { TessBaseAPISetVariable(handle, "tessedit_char_whitelist", "") }
        return try readText()
    }

    /// Reads `region` of `image` like `read`, and returns each word with its confidence and box (in image pixels).
    public func words(
        _ image: borrowing LeptonicaImage, dpi: Int, region: PixelRect, segmentation: PageSegmentation = .sparse,
        characters: String? = nil
    ) throws(OCRError) -> [RecognizedWord] {
        prepare(image, dpi: dpi, region: region, segmentation: segmentation, characters: characters)
        defer { TessBaseAPISetVariable(handle, "tessedit_char_whitelist", "") }
        guard TessBaseAPIRecognize(handle, nil) == 0 else { throw OCRError("Tesseract could not recognize the region") }
        guard let iterator = TessBaseAPIGetIterator(handle) else { return [] }
        defer { TessResultIteratorDelete(iterator) }
        let level = RIL_WORD
        var words: [RecognizedWord] = []
        repeat {
            guard let text = TessResultIteratorGetUTF8Text(iterator, level) else { continue }
            defer { TessDeleteText(text) }
            var (left, top, right, bottom): (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
            TessPageIteratorBoundingBox(TessResultIteratorGetPageIterator(iterator), level, &left, &top, &right, &bottom)
            words.append(
                RecognizedWord(
                    text: String(cString: text).precomposedStringWithCanonicalMapping,
                    confidence: Double(TessResultIteratorConfidence(iterator, level)) / 100,
                    box: PixelRect(x: Int(left), y: Int(top), width: Int(right - left), height: Int(bottom - top))))
        } while TessResultIteratorNext(iterator, level) != 0
        return words
    }

    private func prepare(
        _ image: borrowing LeptonicaImage, dpi: Int, region: PixelRect?, segmentation: PageSegmentation, characters: String?
    ) {
        TessBaseAPISetVariable(handle, "tessedit_char_whitelist", characters ?? "")
        TessBaseAPISetPageSegMode(handle, segmentation.tesseractMode)
        TessBaseAPISetImage2(handle, image.pointer)
        TessBaseAPISetSourceResolution(handle, Int32(dpi))
        if let region {
            TessBaseAPISetRectangle(handle, Int32(region.x), Int32(region.y), Int32(region.width), Int32(region.height))
        }
    }

    private func readText() throws(OCRError) -> TextReading {
        guard let text = TessBaseAPIGetUTF8Text(handle) else { throw OCRError("Tesseract returned no text") }
        defer { TessDeleteText(text) }
        let confidence = Double(TessBaseAPIMeanTextConf(handle)) / 100
        return TextReading(text: String(cString: text).precomposedStringWithCanonicalMapping, confidence: confidence)
    }
}
