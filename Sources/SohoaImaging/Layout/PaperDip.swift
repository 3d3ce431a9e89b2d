/// How far the paper sinks in the middle of a cell below the paper beyond its lines: a water stain darkens the paper
/// inside the cell and stops short of its lines. Measured on a paper map (strokes taken out) along each axis: the
/// cell's mean profile against the straight line between the paper beyond two opposite sides, over the middle half of
/// the cell. Light falling off across a photographed page is straight along such a line; the shade of the gutter and
/// a vignette bend it upwards, never down, so neither reads as a stain (the shade can hide a stain across, not down).
enum PaperDip {
    /// The dip across (left to right) and down (top to bottom), each a share of the paper level; negative when the
    /// middle is brighter than its sides. `cell` and `inside` (the cell without its edges) are in `paper`'s pixels.
    static func measure(
        paper: borrowing LeptonicaImage, cell: PixelRect, inside: PixelRect
    ) throws(ImagingError) -> (across: Double, down: Double) {
        let inner = try paper.cropped(to: inside)
        let left = PixelRect(x: 0, y: inside.y, width: cell.x, height: inside.height)
        let right = PixelRect(
            x: cell.x + cell.width, y: inside.y, width: paper.width - cell.x - cell.width, height: inside.height)
        let top = PixelRect(x: inside.x, y: 0, width: inside.width, height: cell.y)
        let bottom = PixelRect(
            x: inside.x, y: cell.y + cell.height, width: inside.width, height: paper.height - cell.y - cell.height)
        let across = dip(
            profile: inner.meanPerColumn(), start: Double(inside.x),
            before: try level(of: paper, left).map { ($0, Double(left.x) + Double(left.width) / 2) },
            after: try level(of: paper, right).map { ($0, Double(right.x) + Double(right.width) / 2) })
        let down = dip(
            profile: inner.meanPerRow(), start: Double(inside.y),
            before: try level(of: paper, top).map { ($0, Double(top.y) + Double(top.height) / 2) },
            after: try level(of: paper, bottom).map { ($0, Double(bottom.y) + Double(bottom.height) / 2) })
        return (across, down)
    }

    /// The median level of `strip` of the paper map, or nil when the strip is too thin to hold paper.
    private static func level(of paper: borrowing LeptonicaImage, _ strip: PixelRect) throws(ImagingError) -> Double? {
        guard strip.width >= 2, strip.height >= 2 else { return nil }
        return try paper.cropped(to: strip).rankValue(0.5, factor: 1).map(Double.init)
    }

    /// The mean sink of the middle half of `profile` below the line from `before` to `after` (level, position),
    /// relative to that line. `start` is the position of the profile's first value; without a strip on one side, the
    /// profile's own end stands in for it.
    private static func dip(
        profile: [Double], start: Double, before: (level: Double, at: Double)?, after: (level: Double, at: Double)?
    ) -> Double {
        let count = profile.count
        guard count >= 4, let first = profile.first, let last = profile.last else { return 0 }
        let from = before ?? (first, start + 0.5)
        let to = after ?? (last, start + Double(count) - 0.5)
        guard to.at > from.at else { return 0 }
        let middle = (count / 4)..<(count - count / 4)
        var total = 0.0
        for index in middle {
            let position = start + Double(index) + 0.5
            let line = from.level + (to.level - from.level) * (position - from.at) / (to.at - from.at)
            guard line > 0 else { continue }
            total += (line - profile[index]) / line
        }
        return total / Double(middle.count)
    }
}
