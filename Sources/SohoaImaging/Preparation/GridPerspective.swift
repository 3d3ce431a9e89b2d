import Foundation

/// The outline of a page's ruled grid as a camera saw it: four border lines that a photograph taken at an angle
/// (keystone) makes converge, where a scanner keeps them square. Found at an analysis resolution on a levelled,
/// upright page from the grid's own rulings: its top and bottom lines by where long horizontal runs cross each of
/// several vertical strips, its left and right borders by where long vertical runs cross each of several bands
/// between them; each line fitted through those crossings, the strips that disagree (a torn corner, the dark table
/// beyond the paper, a seal) left out. Leveling turns a page; only this squares its grid again, so that its columns
/// and rows are straight bands for the grid finder.
public struct GridPerspective: Sendable {
    /// The grid's corners in the page's pixels: top left, top right, bottom right, bottom left.
    public var corners: [(x: Double, y: Double)]

    /// The rectangle the corners are taken to: each side where its two corners lie on average.
    public var squared: [(x: Double, y: Double)] {
        let left = (corners[0].x + corners[3].x) / 2, right = (corners[1].x + corners[2].x) / 2
        let top = (corners[0].y + corners[1].y) / 2, bottom = (corners[2].y + corners[3].y) / 2
        return [(left, top), (right, top), (right, bottom), (left, bottom)]
    }

    /// How far the farthest corner lies from where the squared grid puts it, in pixels of the page.
    public var displacement: Double {
        zip(corners, squared).map { hypot($0.x - $1.x, $0.y - $1.y) }.max() ?? 0
    }

    /// Dots per inch the outline is looked for at.
    static let analysisDPI = 100.0
    /// Strips (across) and bands (down) whose crossings the lines are fitted through.
    static let pieces = 10
    /// A crossing further than this from the fitted line (analysis pixels) belongs to something else.
    static let outlier = 2.5
    /// The fewest crossings a line needs to be trusted.
    static let minimumCrossings = 6

    /// The outline of the grid of `page` (8-bit gray, levelled and upright, at `dpi`), or nil when its four borders
    /// do not show clearly enough to be trusted.
    public static func find(in page: borrowing LeptonicaImage, dpi: Int) throws(ImagingError) -> GridPerspective? {
        let scale = min(1, analysisDPI / Double(dpi))
        let normalized = try page.scaled(by: scale).backgroundNormalized()
        for threshold in inkThresholds {
            if let outline = try find(in: normalized, threshold: threshold, scale: scale) { return outline }
        }
        return nil
    }

    /// The gray levels (of a background-normalized page, paper at 200) below which a pixel counts as ruling, darkest
    /// first: a faint grid (light rulings, a dim photograph) shows its borders only at the fainter ones, where a
    /// darker grid would pick up more than its lines.
    static let inkThresholds = [160, 175, 190]

    /// The outline found in `normalized` (the page at the analysis resolution, `scale` of the page's) with pixels
    /// darker than `threshold` as ink.
    private static func find(in normalized: borrowing LeptonicaImage, threshold: Int, scale: Double) throws(ImagingError)
        -> GridPerspective?
    {
        let ink = try normalized.binarized(threshold: threshold)
        let run = Int(analysisDPI * 4 / 25.4)  // runs of 4 mm: rulings leaning a few degrees keep them
        let across = try ink.opened(width: run, height: 1)
        let down = try ink.opened(width: 1, height: run)
        let (width, height) = (normalized.width, normalized.height)

        var tops: [(Double, Double)] = [], bottoms: [(Double, Double)] = []
        for strip in 0..<pieces {
            let x = width * strip / pieces, w = width * (strip + 1) / pieces - x
            let counts = try across.cropped(to: PixelRect(x: x, y: 0, width: w, height: height)).inkPerRow()
            let lines = rulings(in: counts, length: Double(w))
            let centre = Double(x) + Double(w) / 2
            if let first = lines.first, let last = lines.last, last - first > height / 3 {
                tops.append((centre, Double(first)))
                bottoms.append((centre, Double(last)))
            }
        }
        guard let top = fit(tops), let bottom = fit(bottoms) else { return nil }

        var lefts: [(Double, Double)] = [], rights: [(Double, Double)] = []
        let (gridTop, gridBottom) = (top.at(Double(width) / 2), bottom.at(Double(width) / 2))
        // Lines fitted to something else than a grid on the page: no outline to square.
        guard gridTop.isFinite, gridBottom.isFinite, gridTop >= 0, gridBottom <= Double(height),
            gridBottom - gridTop > Double(height) / 3
        else { return nil }
        let inset = (gridBottom - gridTop) * 0.03
        for band in 0..<pieces {
            let y0 = Int(gridTop + inset + (gridBottom - gridTop - 2 * inset) * Double(band) / Double(pieces))
            let y1 = Int(gridTop + inset + (gridBottom - gridTop - 2 * inset) * Double(band + 1) / Double(pieces))
            guard y1 - y0 > 4 else { return nil }
            let counts = try down.cropped(to: PixelRect(x: 0, y: y0, width: width, height: y1 - y0)).inkPerColumn()
            let lines = rulings(in: counts, length: Double(y1 - y0))
            let centre = Double(y0 + y1) / 2
            if let first = lines.first, let last = lines.last, last - first > width / 3 {
                lefts.append((centre, Double(first)))
                rights.append((centre, Double(last)))
            }
        }
        guard let left = fit(lefts), let right = fit(rights) else { return nil }

        // Corners: where x = left(y) meets y = top(x), solved exactly; back to the page's pixels.
        func corner(_ horizontal: Line, _ vertical: Line) -> (x: Double, y: Double) {
            let y = (horizontal.intercept + horizontal.slope * vertical.intercept) / (1 - horizontal.slope * vertical.slope)
            return (vertical.at(y) / scale, y / scale)
        }
        return GridPerspective(corners: [corner(top, left), corner(top, right), corner(bottom, right), corner(bottom, left)])
    }

    /// A line as one coordinate of the other: y of x for the top and bottom, x of y for the sides.
    struct Line {
        var intercept: Double
        var slope: Double
        func at(_ t: Double) -> Double { intercept + slope * t }
    }

    /// The positions of thin rulings in `counts` (ink per row or column of a strip `length` long): where runs cover
    /// most of the strip over a few neighbouring positions (a leaning ruling spreads over them), with little
    /// beyond (a dark region beyond the paper is thick, a ruling is not).
    static func rulings(in counts: [Double], length: Double) -> [Int] {
        let spread = 2, clear = 6
        var found: [Int] = []
        var index = clear
        while index < counts.count - clear {
            let span = (index - spread)...(index + spread)
            let covered = span.map { counts[$0] }.reduce(0, +)
            if covered >= 0.6 * length, counts[index] == span.map({ counts[$0] }).max(),
                counts[index - clear] < 0.3 * length, counts[index + clear] < 0.3 * length
            {
                found.append(index)
                index += clear
            } else {
                index += 1
            }
        }
        return found
    }

    /// The line through `points` (t, value): the median of the slopes between every two of them and the median
    /// intercept (so that a few crossings of something else do not pull it), then the least-squares line through
    /// those that lie on it; nil when too few agree.
    static func fit(_ points: [(Double, Double)]) -> Line? {
        guard points.count >= minimumCrossings else { return nil }
        var slopes: [Double] = []
        for i in points.indices {
            for j in points.indices where j > i && points[j].0 != points[i].0 {
                slopes.append((points[j].1 - points[i].1) / (points[j].0 - points[i].0))
            }
        }
        guard !slopes.isEmpty else { return nil }
        let slope = slopes.sorted()[slopes.count / 2]
        let intercepts = points.map { $0.1 - slope * $0.0 }.sorted()
        let robust = Line(intercept: intercepts[intercepts.count / 2], slope: slope)
        let kept = points.filter { abs(robust.at($0.0) - $0.1) <= outlier }
        guard kept.count >= minimumCrossings else { return nil }
        let n = Double(kept.count)
        let (st, sv) = (kept.map(\.0).reduce(0, +), kept.map(\.1).reduce(0, +))
        let stt = kept.map { $0.0 * $0.0 }.reduce(0, +), stv = kept.map { $0.0 * $0.1 }.reduce(0, +)
        let denominator = n * stt - st * st
        guard denominator != 0 else { return robust }
        let fitted = (n * stv - st * sv) / denominator
        return Line(intercept: (sv - fitted * st) / n, slope: fitted)
    }
}
