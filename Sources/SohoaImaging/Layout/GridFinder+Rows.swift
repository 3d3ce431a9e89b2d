/// The rows of a page between its horizontal rulings: the bands the rulings found bound, a band several rows tall
/// cut where its lost rulings were, or the rows of the facing page when this one lost more than the bands tell.
extension GridFinder {
    /// The header and rows between `lines` (the page's horizontal rulings, top to bottom) when they are the facing
    /// page's rows, `boundaries` (pixels below the first row's top): some ruling is the rows' top, one as far below
    /// is their bottom (a line further down is beyond the grid), and every ruling between stands at one of the
    /// facing page's boundaries; `cuts` are the boundaries no ruling marks. Nil when no ruling can be the top of such
    /// rows: the pages do not show one form.
    static func rows(like boundaries: [Double], lines: [Int])
        -> (header: ClosedRange<Int>?, rows: [ClosedRange<Int>], cuts: [Int])?
    {
        guard boundaries.count >= 2, lines.count >= 2, let last = boundaries.last, last > 0 else { return nil }
        let tolerance = 0.15 * last / Double(boundaries.count - 1)
        for index in Array(lines.indices.dropFirst().dropLast()) + [0] {
            let top = lines[index]
            let predicted = boundaries.map { Double(top) + $0 }
            guard let end = lines.indices.last(where: { abs(predicted[predicted.count - 1] - Double(lines[$0])) <= tolerance }),
                end > index
            else { continue }
            let bottom = lines[end]
            var edges = predicted.map { Int($0.rounded()) }
            var ruled: Set<Int> = [0, edges.count - 1]
            var fits = true
            for line in lines[(index + 1)..<end] {
                guard let nearest = predicted.indices.min(by: { abs(predicted[$0] - Double(line)) < abs(predicted[$1] - Double(line)) }),
                    abs(predicted[nearest] - Double(line)) <= tolerance, !ruled.contains(nearest)
                else {
                    fits = false
                    break
                }
                edges[nearest] = line
                ruled.insert(nearest)
            }
            edges[0] = top
            edges[edges.count - 1] = bottom
            guard fits, zip(edges, edges.dropFirst()).allSatisfy({ $0 < $1 }) else { continue }
            return (
                index > 0 ? lines[0]...top : nil, zip(edges, edges.dropFirst()).map { $0...$1 },
                edges.indices.filter { !ruled.contains($0) }.map { edges[$0] }
            )
        }
        return nil
    }

    /// Splits the space between horizontal rulings into the header band and the rows. The rows are the bands of
    /// the common height; a band several times that height lost its lines and is cut evenly (`cuts`: where); the
    /// short bands above the first row are the header.
    static func bands(between lines: [Int]) -> (header: ClosedRange<Int>?, rows: [ClosedRange<Int>], cuts: [Int]) {
        let all = zip(lines, lines.dropFirst()).map { $0...$1 }
        let heights = all.map { $0.upperBound - $0.lowerBound }.sorted()
        let rowHeight = Double(heights[heights.count / 2])
        var header: ClosedRange<Int>?
        var rows: [ClosedRange<Int>] = []
        var cuts: [Int] = []
        for band in all {
            let height = Double(band.upperBound - band.lowerBound)
            if rows.isEmpty && height < 0.6 * rowHeight {
                header = header.map { $0.lowerBound...band.upperBound } ?? band
                continue
            }
            let parts = max(1, Int((height / rowHeight).rounded()))
            for part in 0..<parts {
                let top = band.lowerBound + Int(height * Double(part) / Double(parts))
                let bottom = band.lowerBound + Int(height * Double(part + 1) / Double(parts))
                rows.append(top...bottom)
                if part > 0 { cuts.append(top) }
            }
        }
        return (header, rows, cuts)
    }

    /// `lines` (the page's horizontal rulings, top to bottom) without those that split a row: a band between rows
    /// (both its neighbours rows too) shorter than half a row is no row of the form, so one of its two lines is not a
    /// ruling but the baselines of a row of bold writing lined up across the page; the one that runs the shorter
    /// `length` (`RulingSpan`) goes. The short bands of the header above the rows are the form's.
    static func withoutSplitRows(_ lines: [Int], length: (Int) throws(ImagingError) -> Int) throws(ImagingError) -> [Int] {
        var lines = lines
        while lines.count >= 4 {
            let heights = zip(lines, lines.dropFirst()).map { $1 - $0 }
            let rowHeight = Double(heights.sorted()[heights.count / 2])
            guard let firstRow = heights.firstIndex(where: { Double($0) >= 0.6 * rowHeight }),
                let split = heights.indices.first(where: { band in
                    band > firstRow && band < heights.count - 1 && Double(heights[band]) < 0.5 * rowHeight
                })
            else { break }
            lines.remove(at: try length(lines[split]) < length(lines[split + 1]) ? split : split + 1)
        }
        return lines
    }

    /// Whether a stroke of `strokes` (writing, bilevel) crosses the horizontal cut at `y` between `left` and `right`:
    /// it reaches well above and below it. What is left of a lost ruling itself (thin dashes along it) does not.
    static func writing(in strokes: borrowing LeptonicaImage, crosses y: Int, from left: Int, to right: Int, mm: Double)
        throws(ImagingError) -> Bool
    {
        let reach = Int(0.75 * mm)
        let band = PixelRect(x: left, y: max(0, y - 2 * reach), width: max(1, right - left), height: 4 * reach + 1)
        let cut = y - band.y
        return try strokes.cropped(to: band).componentBoxes().contains { box in
            box.y <= cut - reach && box.y + box.height >= cut + reach
        }
    }
}
