import CLeptonica
import CTesseract
public import SohoaImaging

/// A page set once into a `TesseractEngine`, whose cells are read one after another by rectangle. Only lent to the
/// body of `TesseractEngine.withPage` (`~Copyable`, borrowed), so it cannot outlive the page or the engine.
public struct PageCells: ~Copyable {
    let handle: OpaquePointer
    /// The page Tesseract was given; alive while the page is lent (`withPage`).
    let page: UnsafeMutablePointer<PIX>
    /// The page's size in pixels and the resolution Tesseract was given.
    public let width: Int
    public let height: Int
    public let dpi: Int

    /// Reads `cell` (page pixels, clipped to the page; keep the ruling lines out of it) as a block of lines
    /// (`.singleBlock`, a multi-line cell) or one line (`.singleLine`; only the band of the cell with the most ink is
    /// read, so that a speck elsewhere in a tall cell is not taken for the line); `characters`, when given, are the
    /// only ones Tesseract may output. The segmentation, whitelist and choice mode are put back afterwards.
    public func read(
        cell: PixelRect, segmentation: PageSegmentation = .singleLine, characters: String? = nil, rivals: Bool = true
    ) throws(OCRError) -> CellReading {
        let left = max(cell.x, 0), top = max(cell.y, 0)
        let right = min(cell.x + cell.width, width), bottom = min(cell.y + cell.height, height)
        guard right > left, bottom > top else {
            throw OCRError("the cell \(cell) lies outside the \(width)×\(height) page")
        }
        var region = PixelRect(x: left, y: top, width: right - left, height: bottom - top)
        if segmentation == .singleLine || segmentation == .singleWord {
            guard let band = TextLineBand.find(in: page, cell: region, dpi: dpi) else { return CellReading() }
            region = band
        }
        return try CellReadSettings(segmentation: segmentation, characters: characters, rivals: rivals).applied(to: handle) {
            () throws(OCRError) -> CellReading in
            guard try TesseractEngine.recognize(handle, region: region, imageWidth: width, imageHeight: height) != nil else {
                return CellReading()  // a sliver of a cell: nothing written fits in it
            }
            return CellResultCollector.collect(from: handle)
        }
    }
}
