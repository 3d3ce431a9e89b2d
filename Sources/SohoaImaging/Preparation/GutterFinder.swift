import Foundation

/// Finds the fold of an opened book in a levelled frame: the band between the two ruled grids where no ink lies
/// (the rulings of a grid cross every column of it, so even a blank cell is not such a band); inside it, the
/// binding shadow, when it shows, marks the fold itself, and where the shadow is seen separately in the upper
/// and the lower half of the page, a slanted fold is followed.
struct GutterFinder {
    let search: ClosedRange<Double>
    let inch: Int

    /// A line through the levelled frame, given by two of its points.
    struct Line {
        var upper: (x: Double, y: Double)
        var lower: (x: Double, y: Double)

        func x(at y: Double) -> Double {
            upper.x + (lower.x - upper.x) * (y - upper.y) / (lower.y - upper.y)
        }

        /// The line in the stored frame, whose content leans `skew` degrees counter-clockwise relative to the
        /// levelled one about the centre, as x at the top and bottom edges, in full-resolution pixels.
        func inStoredFrame(width: Double, height: Double, skew: Double, scale: Double) -> FrameAnalysis.Gutter {
            let (cx, cy) = (width / 2, height / 2)
            let angle = skew * .pi / 180
            func stored(_ point: (x: Double, y: Double)) -> (x: Double, y: Double) {
                let (dx, dy) = (point.x - cx, point.y - cy)
                // y points down, so turning a levelled point counter-clockwise on screen is this matrix.
                return (cx + dx * cos(angle) + dy * sin(angle), cy - dx * sin(angle) + dy * cos(angle))
            }
            let line = Line(upper: stored(upper), lower: stored(lower))
            return FrameAnalysis.Gutter(xTop: line.x(at: 0) * scale, xBottom: line.x(at: height) * scale)
        }
    }

    /// The fold's line, its x at mid-height of the paper in the levelled frame, and a confidence (0–1); nil when
    /// no such band exists, that is, when the frame holds a single page.
    func find(
        ink: borrowing LeptonicaImage, gray: borrowing LeptonicaImage, paper: PixelRect
    ) -> (line: Line, x: Double, confidence: Double)? {
        let top = paper.y + paper.height * 15 / 100
        let middle = paper.y + paper.height / 2
        let bottom = paper.y + paper.height * 85 / 100
        guard let whole = try? ink.cropped(to: PixelRect(x: 0, y: top, width: ink.width, height: bottom - top)),
            let found = gap(in: whole.inkPerColumn(), rows: bottom - top, paper: paper.x..<paper.x + paper.width)
        else { return nil }
        let window = found.gap
        let center = Double(found.gap.lowerBound + found.gap.upperBound) / 2
        func shadow(_ rows: Range<Int>) -> BindingShadow? {
            guard let band = try? gray.cropped(to: PixelRect(x: 0, y: rows.lowerBound, width: gray.width, height: rows.count))
            else { return nil }
            return BindingShadow(columns: band.meanPerColumn(), in: window, smoothing: max(1, inch / 10))
        }
        let (upperY, lowerY) = (Double(top + middle) / 2, Double(middle + bottom) / 2)
        let line: Line
        if let upper = shadow(top..<middle), let lower = shadow(middle..<bottom), abs(upper.x - lower.x) < Double(inch) / 2 {
            line = Line(upper: (upper.x, upperY), lower: (lower.x, lowerY))
        } else {
            let x = shadow(top..<bottom)?.x ?? center
            line = Line(upper: (x, upperY), lower: (x, lowerY))
        }
        return (line, line.x(at: Double(middle)), found.confidence)
    }

    /// The widest band of columns in the searched middle of the paper (`paper`, the columns it spans) that is
    /// (nearly) free of ink, with a grid on both sides. `inkPerColumn` counts ink over `rows` rows. Measured on the
    /// paper, not the frame: a photograph's paper may fill half of it, off centre.
    private func gap(in inkPerColumn: [Double], rows: Int, paper: Range<Int>) -> (gap: Range<Int>, confidence: Double)? {
        let width = inkPerColumn.count
        let paperWidth = Double(max(1, paper.count))
        let light = inkPerColumn.map { $0 <= Double(rows) * 0.01 }
        let searched = paper.lowerBound + Int(search.lowerBound * paperWidth)..<paper.lowerBound + Int(search.upperBound * paperWidth)
        let minimumGap = max(3, inch / 10)
        var best: Range<Int>?
        var start: Int?
        for x in 0...width {
            if x < width, light[x] {
                if start == nil { start = x }
                continue
            }
            guard let first = start else { continue }
            let run = first..<x
            start = nil
            // Specks may touch a few columns of a gutter; rulings touch every column of a blank cell.
            let empty = run.filter { inkPerColumn[$0] == 0 }.count
            if run.count >= minimumGap, Double(empty) >= 0.7 * Double(run.count),
                searched.contains((run.lowerBound + run.upperBound) / 2), run.count > (best?.count ?? 0)
            {
                best = run
            }
        }
        guard let gap = best else { return nil }
        let leftInk = inkPerColumn[..<gap.lowerBound].filter { $0 > 0 }.count
        let rightInk = inkPerColumn[gap.upperBound...].filter { $0 > 0 }.count
        // Both pages carry a grid of their own, each at least a quarter of the paper wide.
        guard leftInk > paper.count / 4, rightInk > paper.count / 4 else { return nil }
        let balance = Double(min(leftInk, rightInk)) / Double(max(leftInk, rightInk))
        let widthScore = min(1, Double(gap.count) / Double(minimumGap * 2))
        return (gap, min(1, 0.5 * widthScore + 0.5 * balance))
    }
}

/// The darkest stretch of a window of columns, when it is clearly darker than the rest of the window: the shadow
/// a bound book casts into its fold.
struct BindingShadow {
    let x: Double
    let contrast: Double

    init?(columns: [Double], in window: Range<Int>, smoothing: Int) {
        guard !window.isEmpty else { return nil }
        let smoothed = window.map { x in
            let span = max(window.lowerBound, x - smoothing)..<min(window.upperBound, x + smoothing + 1)
            return columns[span].reduce(0, +) / Double(span.count)
        }
        guard let darkest = smoothed.indices.min(by: { smoothed[$0] < smoothed[$1] }) else { return nil }
        let median = smoothed.sorted()[smoothed.count / 2]
        contrast = median - smoothed[darkest]
        guard contrast > 20 else { return nil }  // a shade, not a speck or a grid's border
        x = Double(window.lowerBound + darkest)
    }
}
