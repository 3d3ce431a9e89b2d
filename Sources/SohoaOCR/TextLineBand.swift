import CLeptonica
import SohoaImaging

/// The text line of a one-line cell: the band of rows holding the most ink. Ledger rows are tall and a one-line
/// entry sits somewhere in them; Tesseract reading the whole cell as one line (PSM 7) turns a speck or a stray
/// stroke above or below the text into the line and loses the text (`61` read as `'`).
enum TextLineBand {
    /// Rows of ink closer than this (in inches) belong to one band: a tone mark and its letter, not two lines.
    static let joiningGap = 1.0 / 30
    /// What is kept above and below the band (in inches), for Tesseract's own line finding.
    static let margin = 1.0 / 16
    /// Below this difference between paper and the darkest ink (8-bit levels) the cell holds no ink at all.
    static let minimumContrast: UInt32 = 48

    /// The band within `cell` (page pixels, inside the page) of `page`, or nil when the cell holds no ink. The whole
    /// cell when the page is not 8-bit gray or Leptonica fails: then Tesseract reads the cell as it is.
    static func find(in page: UnsafeMutablePointer<PIX>, cell: PixelRect, dpi: Int) -> PixelRect? {
        guard pixGetDepth(page) == 8, pixGetColormap(page) == nil else { return cell }
        var box = boxCreate(l_int32(cell.x), l_int32(cell.y), l_int32(cell.width), l_int32(cell.height))
        guard box != nil else { return cell }
        defer { boxDestroy(&box) }
        var clip = pixClipRectangle(page, box, nil)
        guard let clipped = clip else { return cell }
        defer { pixDestroy(&clip) }
        var paper: UInt32 = 0, darkest: UInt32 = 0
        guard pixGetRankValue(clipped, 1, 0.5, &paper) == 0, pixGetRankValue(clipped, 1, 0, &darkest) == 0 else {
            return cell
        }
        guard paper >= darkest + minimumContrast else { return nil }
        var binary = pixThresholdToBinary(clipped, l_int32((paper + darkest) / 2))
        guard let bilevel = binary else { return cell }
        defer { pixDestroy(&binary) }
        var counts = pixCountPixelsByRow(bilevel, nil)
        guard let rows = counts else { return cell }
        defer { numaDestroy(&counts) }
        let ink = (0..<Int(numaGetCount(rows))).map { row -> Int in
            var value: l_int32 = 0
            numaGetIValue(rows, l_int32(row), &value)
            return Int(value)
        }
        guard let (top, bottom) = heaviestBand(ink, joiningGap: max(2, Int(Double(dpi) * joiningGap))) else {
            return nil
        }
        let margin = Int(Double(dpi) * margin)
        let y0 = max(0, top - margin), y1 = min(cell.height, bottom + 1 + margin)
        return PixelRect(x: cell.x, y: cell.y + y0, width: cell.width, height: y1 - y0)
    }

    /// The first and last row of the run of inked rows (gaps up to `joiningGap` joined) with the most ink.
    static func heaviestBand(_ ink: [Int], joiningGap: Int) -> (Int, Int)? {
        var best: (top: Int, bottom: Int, mass: Int)?
        var current: (top: Int, bottom: Int, mass: Int)?
        for (row, count) in ink.enumerated() where count > 0 {
            if let run = current, row - run.bottom - 1 <= joiningGap {
                current = (run.top, row, run.mass + count)
            } else {
                current = (row, row, count)
            }
            if let run = current, run.mass > best?.mass ?? 0 { best = run }
        }
        return best.map { ($0.top, $0.bottom) }
    }
}
