import CLeptonica
import CTesseract
import Foundation
public import SohoaImaging
import SohoaCore

/// One Tesseract engine, initialised once and reused for every image a worker reads. Not shared across threads:
/// each worker owns its own (`~Copyable`, not `Sendable`).
///
/// Every image and rectangle sohoa gives Tesseract passes through `setImage` and `recognize` here, which refuse what
/// Tesseract cannot take: it dereferences a null image in its thresholder on an empty rectangle or one outside the
/// image (a page-number band of a 256×1 frame killed whole runs), and its results must not be asked for after a
/// recognition that failed.
public struct TesseractEngine: ~Copyable {
    /// The `TessBaseAPI`; other files of the module reach it for page sessions (`withPage`).
    let handle: OpaquePointer

    /// The fewest pixels an image or rectangle given to Tesseract may have on each side; nothing smaller holds a
    /// character, and an empty one crashes it.
    static let minimumSide = 3

    /// Loads `language` (Debian's tessdata unless `dataPath` names another folder) with the LSTM engine.
    public init(language: String = "vie", dataPath: String? = nil) throws(OCRError) {
        guard let handle = TessBaseAPICreate() else { throw OCRError("Tesseract could not create an engine") }
        guard TessBaseAPIInit2(handle, dataPath, language, OEM_LSTM_ONLY) == 0 else {
            TessBaseAPIDelete(handle)
            throw OCRError(dataPath.map { "Tesseract could not load \(language).traineddata from \($0)" }
                ?? "Tesseract could not load language \"\(language)\" (is tesseract-ocr-\(language) installed?)")
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
    /// are the only ones Tesseract may output (for example the digits of a page number). Nothing is read (empty text)
    /// where the region holds too few pixels.
    public func read(
        _ image: borrowing LeptonicaImage, dpi: Int, region: PixelRect? = nil, segmentation: PageSegmentation = .singleBlock,
        characters: String? = nil
    ) throws(OCRError) -> TextReading {
        try setImage(image, dpi: dpi)
        defer { TessBaseAPIClear(handle) }
        let whole = PixelRect(x: 0, y: 0, width: image.width, height: image.height)
        return try CellReadSettings(segmentation: segmentation, characters: characters, rivals: false).applied(to: handle) {
            () throws(OCRError) -> TextReading in
            guard try Self.recognize(handle, region: region ?? whole, imageWidth: image.width, imageHeight: image.height) != nil
            else { return TextReading(text: "", confidence: 0) }
            guard let text = TessBaseAPIGetUTF8Text(handle) else { throw OCRError("Tesseract returned no text") }
            defer { TessDeleteText(text) }
            let confidence = Double(TessBaseAPIMeanTextConf(handle)) / 100
            return TextReading(text: String(cString: text).precomposedStringWithCanonicalMapping, confidence: confidence)
        }
    }

    /// Reads `region` of `image` like `read`, and returns each word with its confidence and box (in image pixels).
    public func words(
        _ image: borrowing LeptonicaImage, dpi: Int, region: PixelRect, segmentation: PageSegmentation = .sparse,
        characters: String? = nil
    ) throws(OCRError) -> [RecognizedWord] {
        try setImage(image, dpi: dpi)
        defer { TessBaseAPIClear(handle) }
        return try CellReadSettings(segmentation: segmentation, characters: characters, rivals: false).applied(to: handle) {
            () throws(OCRError) -> [RecognizedWord] in
            guard try Self.recognize(handle, region: region, imageWidth: image.width, imageHeight: image.height) != nil,
                let iterator = TessBaseAPIGetIterator(handle)
            else { return [] }
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
    }

    /// Gives the engine `image` at `dpi`, the only way an image reaches Tesseract: refused when it is smaller than
    /// `minimumSide` or its resolution is not a credible one.
    func setImage(_ image: borrowing LeptonicaImage, dpi: Int) throws(OCRError) {
        guard image.width >= Self.minimumSide, image.height >= Self.minimumSide else {
            throw OCRError("a \(image.width)×\(image.height) image is too small for Tesseract")
        }
        guard ScanResolution.credibleTag.contains(dpi) else {
            throw OCRError("the image's resolution must be known (got \(dpi) dpi)")
        }
        TessBaseAPISetImage2(handle, image.pointer)
        TessBaseAPISetSourceResolution(handle, Int32(dpi))
    }

    /// Recognizes `region` of the image the engine holds (`imageWidth` × `imageHeight`), clipped to the image: the only
    /// way sohoa asks Tesseract to recognize. Returns the region read, or nil without calling Tesseract when the clipped
    /// region is under `minimumSide` (nothing to read); throws when recognition fails, before any result is asked for.
    static func recognize(
        _ handle: OpaquePointer, region: PixelRect, imageWidth: Int, imageHeight: Int
    ) throws(OCRError) -> PixelRect? {
        let left = max(region.x, 0), top = max(region.y, 0)
        let right = min(region.x + region.width, imageWidth), bottom = min(region.y + region.height, imageHeight)
        guard right - left >= minimumSide, bottom - top >= minimumSide else { return nil }
        let clipped = PixelRect(x: left, y: top, width: right - left, height: bottom - top)
        TessBaseAPISetRectangle(handle, Int32(clipped.x), Int32(clipped.y), Int32(clipped.width), Int32(clipped.height))
        guard TessBaseAPIRecognize(handle, nil) == 0 else {
            throw OCRError("Tesseract could not recognize the region \(clipped)")
        }
        return clipped
    }
}
