/// A ledger page ready to be read: its grid, and the page as the recogniser should see it (background levelled,
/// ruling lines painted over with paper, so that no stroke of a line is read as a character; brought to about 300 dpi,
/// where Tesseract's letters come out whole and its confidences mean more).
public struct LedgerPage: ~Copyable {
    public let text: LeptonicaImage
    public let grid: LedgerGrid
    /// The resolution of the page as scanned; the grid is in its pixels.
    public let dpi: Int
    /// How much larger `text` is than the page as scanned.
    public let textScale: Double

    /// The resolution the recogniser reads `text` at.
    public var textDPI: Int { Int((Double(dpi) * textScale).rounded()) }

    /// The scale `text` is given for a page scanned at `dpi`: read at about 300 dpi, a coarser page (under 240 dpi)
    /// enlarged, at most doubled, and a finer one (over 320 dpi) brought down, where a 600 dpi page would take four
    /// times the memory and the time to read no better.
    static func textScale(dpi: Int) -> Double {
        if dpi < 240 { return min(2, 300 / Double(dpi)) }
        return dpi > 320 ? 300 / Double(dpi) : 1
    }

    init(text: consuming LeptonicaImage, grid: LedgerGrid, dpi: Int, textScale: Double) {
        self.text = text
        self.grid = grid
        self.dpi = dpi
        self.textScale = textScale
    }

    /// Where the recogniser should look in `text` for `cell`: its writing with a margin of paper around it
    /// (Tesseract reads tight crops badly: `'Thạch` for `Thạch` 8 pixels from the edge), kept inside the cell's
    /// rulings, which `text` has painted over; nil for a cell without ink.
    public func readingRegion(of cell: LedgerGrid.Cell) -> PixelRect? {
        guard let ink = cell.inkBox else { return nil }
        let margin = dpi * 3 / 50  // 1.5 mm
        let clearance = GridFinder.lineClearance(dpi: dpi)
        let left = max(cell.box.x - clearance, ink.x - margin)
        let top = max(cell.box.y - clearance, ink.y - margin)
        let right = min(cell.box.x + cell.box.width + clearance, ink.x + ink.width + margin)
        let bottom = min(cell.box.y + cell.box.height + clearance, ink.y + ink.height + margin)
        let k = textScale
        return PixelRect(
            x: Int(Double(left) * k), y: Int(Double(top) * k), width: Int(Double(right - left) * k),
            height: Int(Double(bottom - top) * k))
    }
}
