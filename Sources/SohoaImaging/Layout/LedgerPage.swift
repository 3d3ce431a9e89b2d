/// A ledger page ready to be read: its grid, and the page as the recogniser should see it (background levelled,
/// ruling lines painted over with paper, so that no stroke of a line is read as a character).
public struct LedgerPage: ~Copyable {
    public let text: LeptonicaImage
    public let grid: LedgerGrid
    public let dpi: Int

    init(text: consuming LeptonicaImage, grid: LedgerGrid, dpi: Int) {
        self.text = text
        self.grid = grid
        self.dpi = dpi
    }

    /// Where the recogniser should look in `cell`: its writing with a margin of paper around it (Tesseract reads
    /// tight crops badly), kept inside the cell; nil for a cell without ink.
    public func readingRegion(of cell: LedgerGrid.Cell) -> PixelRect? {
        guard let ink = cell.inkBox else { return nil }
        let margin = dpi * 3 / 50  // 1.5 mm
        let left = max(cell.box.x, ink.x - margin)
        let top = max(cell.box.y, ink.y - margin)
        let right = min(cell.box.x + cell.box.width, ink.x + ink.width + margin)
        let bottom = min(cell.box.y + cell.box.height, ink.y + ink.height + margin)
        return PixelRect(x: left, y: top, width: right - left, height: bottom - top)
    }
}
