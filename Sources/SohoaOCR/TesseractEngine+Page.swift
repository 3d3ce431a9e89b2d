import CTesseract
public import SohoaImaging

extension TesseractEngine {
    /// Sets `page` (upright, deskewed, 8-bit gray) into the engine once, at its real resolution, and lends `body` the
    /// `PageCells` that read its cells. The engine is held exclusively meanwhile (no other read can replace the
    /// page), the page stays alive through the body, and Tesseract's copy of it is released at the end.
    public mutating func withPage<Result>(
        _ page: borrowing LeptonicaImage, dpi: Int, _ body: (borrowing PageCells) throws(OCRError) -> Result
    ) throws(OCRError) -> Result {
        let cells = try set(page, dpi: dpi)
        defer { clearPage() }
        return try body(cells)
    }

    /// Gives the engine `page` at `dpi`; `clearPage` must follow.
    func set(_ page: borrowing LeptonicaImage, dpi: Int) throws(OCRError) -> PageCells {
        try setImage(page, dpi: dpi)
        return PageCells(handle: handle, page: page.pointer, width: page.width, height: page.height, dpi: dpi)
    }

    /// Releases Tesseract's copy of the page `set` gave it.
    func clearPage() { TessBaseAPIClear(handle) }
}
