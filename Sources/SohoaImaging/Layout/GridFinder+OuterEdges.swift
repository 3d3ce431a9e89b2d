/// Writing beyond the grid's outer rulings, on the line of a cell's writing: the edge found cuts that writing off
/// (a ruling of the reverse side taken for the grid's border clips the first digits of `10 giờ`), or the entry runs
/// out of its cell into the margin. Either way the cell's reading may lack letters, so the cell's writing is taken to
/// reach there and the cell is doubted (`LedgerGrid.Cell.writingRunsPastRulings`, `writing-past-rulings`).
extension GridFinder {
    /// How far beyond an outer ruling writing is looked for (mm): a letter or two.
    static let pastEdgeReach = 3.0
    /// Marks taller than this (mm) are no letter: a ruling, the paper's edge, a seal.
    static let pastEdgeLetterHeight = 6.0

    /// The strokes of writing (`strokes`, page pixels) standing within `pastEdgeReach` beyond the grid's outer
    /// rulings `left` and `right`, further out than `clearance` (the line itself).
    static func writingPastOuterEdges(
        in strokes: borrowing LeptonicaImage, left: Int, right: Int, clearance: Int, mm: Double
    ) throws(ImagingError) -> [PixelRect] {
        let reach = Int(pastEdgeReach * mm)
        let tallest = Int(pastEdgeLetterHeight * mm)
        return try strokes.componentBoxes().filter { box in
            guard box.height <= tallest else { return false }
            let (start, end) = (box.x, box.x + box.width)
            return (start < left - clearance && end > left - reach) || (end > right + clearance && start < right + reach)
        }
    }

    /// `inkBox` grown over the strokes of `past` that stand on its lines of writing (their rows overlap), within
    /// `band` (the row, top to bottom).
    static func inkBox(_ inkBox: PixelRect, reachingTo past: [PixelRect], within band: ClosedRange<Int>) -> PixelRect {
        past.reduce(inkBox) { grown, stroke in
            let overlaps = stroke.y < grown.y + grown.height && stroke.y + stroke.height > grown.y
            guard overlaps, stroke.y >= band.lowerBound, stroke.y + stroke.height <= band.upperBound else { return grown }
            let (x0, y0) = (min(grown.x, stroke.x), min(grown.y, stroke.y))
            let x1 = max(grown.x + grown.width, stroke.x + stroke.width), y1 = max(grown.y + grown.height, stroke.y + stroke.height)
            return PixelRect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
        }
    }
}
