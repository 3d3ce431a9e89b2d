/// How far along the page a horizontal ruling found by `RulingLines` really runs. A ruling crosses the whole grid;
/// a row of bold handwriting can dip like a line in most of the page's strips (the baseline strokes of a heavy
/// script line up across the columns), yet the columns where it is a thin dark line with paper above and below
/// are few. Measured on the image of long horizontal runs, so dashed and faint rulings count for their length.
struct RulingSpan {
    /// The vertical strips the page is measured in (as many as the profiles `RulingLines` was given).
    var strips: Int
    /// How far (pixels) a line's position in one strip may be from its position on the page (residual slant).
    var tolerance: Int
    /// Rows either side of the line's position in a strip that still belong to it (its thickness and fuzz); the
    /// paper it is compared with is the as many rows beyond, above and below.
    var halfThickness: Int
    /// How many gray levels below the paper on both sides a column of the line must be to count.
    var minimumDip: Double
    /// The share of the longest line's length a line must reach.
    static let share = 0.5

    /// The lines of `lines` (page rows in `runs`) that reach `share` of the longest one's length.
    func spanning(_ lines: [Int], in runs: borrowing LeptonicaImage) throws(ImagingError) -> [Int] {
        var lengths: [Int] = []
        for line in lines { lengths.append(try length(at: line, in: runs)) }
        let longest = lengths.max() ?? 0
        return zip(lines, lengths).filter { Double($0.1) >= Self.share * Double(longest) }.map(\.0)
    }

    /// The columns (pixels) along the line at page row `line` of `runs` where it is darker by `minimumDip` than the
    /// paper both above and below it, the line followed strip by strip to the row where it runs darkest.
    func length(at line: Int, in runs: borrowing LeptonicaImage) throws(ImagingError) -> Int {
        let reach = tolerance + 3 * halfThickness + 1
        let top = max(0, line - reach), bottom = min(runs.height, line + reach + 1)
        var dark = 0
        for strip in 0..<strips {
            let x = runs.width * strip / strips, width = runs.width * (strip + 1) / strips - x
            guard width > 0, bottom > top else { continue }
            let window = try runs.cropped(to: PixelRect(x: x, y: top, width: width, height: bottom - top))
            let rows = window.meanPerRow()
            let centre = line - top
            let near = max(0, centre - tolerance)...min(rows.count - 1, centre + tolerance)
            guard let darkest = near.min(by: { rows[$0] < rows[$1] }) else { continue }
            func band(_ first: Int, _ count: Int) throws(ImagingError) -> LeptonicaImage? {
                let low = max(0, first), high = min(rows.count, first + count)
                guard high > low else { return nil }
                return try window.cropped(to: PixelRect(x: 0, y: low, width: width, height: high - low))
            }
            let thickness = 2 * halfThickness + 1
            guard let lineBand = try band(darkest - halfThickness, thickness),
                let above = try band(darkest - halfThickness - thickness, thickness),
                let below = try band(darkest + halfThickness + 1, thickness)
            else { continue }
            let values = lineBand.darkestPerColumn(), paperAbove = above.meanPerColumn(), paperBelow = below.meanPerColumn()
            guard values.count == paperAbove.count, values.count == paperBelow.count else { continue }
            dark += values.indices.count { values[$0] <= min(paperAbove[$0], paperBelow[$0]) - minimumDip }
        }
        return dark
    }
}
