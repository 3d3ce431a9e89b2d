public import SohoaImaging

/// The engines one worker reads ledger cells with, each created once and reused: Vietnamese for the writing, and
/// English for cells of digits only (registration numbers, years), whose numerals the small `vie` model misreads
/// (`51` as `5`, `55` as nothing) where `eng` reads them surely. Not shared across threads (`~Copyable`).
public struct CellEngines: ~Copyable {
    public var text: TesseractEngine
    public var digits: TesseractEngine

    /// Loads `vie` and `eng` (Debian's tessdata unless `dataPath` names another folder).
    public init(dataPath: String? = nil) throws(OCRError) {
        let text = try TesseractEngine(language: "vie", dataPath: dataPath)
        let digits = try TesseractEngine(language: "eng", dataPath: dataPath)
        self.text = text
        self.digits = digits
    }

    /// Sets `page` into both engines once, at its real resolution, and lends `body` the readers of its cells (see
    /// `TesseractEngine.withPage`).
    public mutating func withPage<Result>(
        _ page: borrowing LeptonicaImage, dpi: Int, _ body: (borrowing PageReaders) throws(OCRError) -> Result
    ) throws(OCRError) -> Result {
        let readers = PageReaders(text: try text.set(page, dpi: dpi), digits: try digits.set(page, dpi: dpi))
        defer {
            text.clearPage()
            digits.clearPage()
        }
        return try body(readers)
    }
}

/// The readers of one page's cells, one per engine of `CellEngines`.
public struct PageReaders: ~Copyable {
    public let text: PageCells
    public let digits: PageCells
}
