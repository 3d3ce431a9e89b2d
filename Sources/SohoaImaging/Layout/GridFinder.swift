import Foundation

/// Finds the ruled grid of an upright, levelled ledger page (PagePreparer's output): the horizontal rulings by
/// their long runs (dashed, faint and broken lines included), the vertical rulings inside them, the header band
/// (the short band on top), the rows (the equal bands below; a band that is a whole multiple of the row height lost
/// a line and is split) and one cell per column. `columns` is what the pipeline expects on this side of the book;
/// a page that does not show it says so in `problems` rather than guess which line is missing. A grid whose columns
/// show another resolution than `dpi` (a camera's tag measures the camera, not the page) is found again at the
/// resolution they show, which the `LedgerPage` carries.
public struct GridFinder: Sendable {
    public var dpi: Int
    public var columns: Int
    /// The printed columns' widths in millimetres, when the pipeline knows them (nil otherwise).
    public var columnWidths: [Double]?
    /// The facing page's row boundaries, in millimetres below its first row's top (`LedgerGrid.rowBoundaries`),
    /// when it found more rows than this page may: where this page lost rulings between rows, it is cut as the
    /// facing page is.
    public var rowsLike: [Double]?
    /// Whether `dpi` is already the resolution a first look at the grid measured (it is measured once).
    var remeasured = false

    public init(dpi: Int, columns: Int, columnWidths: [Double]? = nil, rowsLike: [Double]? = nil) {
        self.dpi = dpi
        self.columns = columns
        self.columnWidths = columnWidths
        self.rowsLike = rowsLike
    }

    /// The slant a levelled page may keep (PagePreparer promises ≤ 0.3°), as a tangent.
    static let residualSlant = tan(0.35 * Double.pi / 180)

    public func find(in gray: borrowing LeptonicaImage) throws(ImagingError) -> LedgerPage {
        let mm = Double(dpi) / 25.4
        let normalized = try gray.backgroundNormalized()
        let paper = normalized.rankValue(0.9) ?? 200
        let (width, height) = (gray.width, gray.height)
        let margin = Int(3 * mm)
        let finder = RulingLines(
            halfWidth: max(2, Int(0.8 * mm)), minimumDip: 12,
            tolerance: Int(Double(width) * Self.residualSlant) + Int(mm), presence: 0.45)

        var problems: [String] = []
        let strips = 6
        let horizontalRuns = try normalized.closedGray(width: Int(4 * mm), height: 1)
        // The page's vertical strips, each with its mean-gray profile down the page.
        var stripsAcross: [RulingCourse.Band] = []
        for strip in 0..<strips {
            let x = width * strip / strips
            let profile = try horizontalRuns.cropped(to: PixelRect(x: x, y: 0, width: width / strips, height: height)).meanPerRow()
            stripsAcross.append(RulingCourse.Band(extent: x..<x + width / strips, profile: profile))
        }
        let span = RulingSpan(strips: strips, tolerance: finder.tolerance, halfThickness: finder.halfWidth, minimumDip: finder.minimumDip)
        let horizontal = try Self.withoutSplitRows(
            span.spanning(finder.lines(in: stripsAcross.map(\.profile)).filter { $0 > margin && $0 < height - margin }, in: horizontalRuns)
        ) { line throws(ImagingError) in try span.length(at: line, in: horizontalRuns) }
        // Each gray image of a 600 dpi page takes 35 MB: none is kept beyond its use.
        _ = consume horizontalRuns
        guard horizontal.count >= 3, let gridTop = horizontal.first, let gridBottom = horizontal.last else {
            problems.append("no ruled grid: \(horizontal.count) horizontal line(s)")
            let grid = LedgerGrid(header: nil, rows: [], columnCount: 0, problems: problems)
            return LedgerPage(text: try normalized.copy(), grid: grid, dpi: dpi, textScale: 1)
        }
        var (header, rowBands, cuts) = Self.bands(between: horizontal)
        if let boundaries = rowsLike, boundaries.count - 1 > rowBands.count,
            let like = Self.rows(like: boundaries.map { $0 * mm }, lines: horizontal)
        {
            (header, rowBands, cuts) = like
        }
        let verticalRuns = try normalized.closedGray(width: 1, height: Int(4 * mm))
        func columnProfile(of band: ClosedRange<Int>, in runs: borrowing LeptonicaImage) throws(ImagingError) -> [Double]? {
            guard band.upperBound - band.lowerBound > Int(4 * mm) else { return nil }
            let inset = Int(mm)
            let region = PixelRect(x: 0, y: band.lowerBound + inset, width: width, height: band.upperBound - band.lowerBound - 2 * inset)
            return try runs.cropped(to: region).meanPerColumn()
        }
        let headerProfile = try header.flatMap { band throws(ImagingError) in try columnProfile(of: band, in: verticalRuns) }
        var bandProfiles: [[Double]?] = []
        for band in rowBands { bandProfiles.append(try columnProfile(of: band, in: verticalRuns)) }
        let verticalFinder = RulingLines(
            halfWidth: finder.halfWidth, minimumDip: finder.minimumDip,
            tolerance: Int(Double(gridBottom - gridTop) * Self.residualSlant) + Int(mm), presence: 0.45)
        var vertical = verticalFinder.lines(in: ([headerProfile] + bandProfiles).compactMap { $0 })
            .filter { $0 > margin && $0 < width - margin }
        _ = consume verticalRuns
        var restored = 0
        if vertical.count != columns + 1 || columnWidths != nil {
            // The header's own rulings, for edges the rows lost (a light ruling a bilevel scan dropped).
            let headerLines = headerProfile.map { verticalFinder.lines(in: [$0]) }?.filter { line in
                line > margin && line < width - margin && !vertical.contains { abs($0 - line) <= verticalFinder.tolerance }
            } ?? []
            if let widths = columnWidths, widths.count == columns,
                let fitted = ColumnEdges(widths: widths, dpi: dpi).fit(vertical, header: headerLines)
            {
                // A grid of another size than the dpi says (a photograph's tag): everything measured in millimetres
                // is measured again at the resolution the form's columns show.
                let measured = fitted.pixelsPerMillimetre * 25.4
                if !remeasured, abs(measured - Double(dpi)) > 0.12 * Double(dpi) {
                    var again = self
                    again.dpi = Int(measured.rounded())
                    again.remeasured = true
                    _ = consume normalized
                    return try again.find(in: gray)
                }
                vertical = fitted.edges
                restored = fitted.restored
            } else if vertical.count != columns + 1 {
                problems.append("columns: found \(max(0, vertical.count - 1)) of \(columns)")
            }
        }
        // Under the last row, a band shorter than a row that the columns do not run through as they run through the
        // rows is the paper's edge (a photograph's table beyond it) or a footer rule, not a row. (A last row whose
        // rulings fade is still as tall as a row.)
        let heights = rowBands.map { $0.upperBound - $0.lowerBound }.sorted()
        let typicalHeight = heights.isEmpty ? 0 : heights[heights.count / 2]
        func isShort(_ band: ClosedRange<Int>) -> Bool { Double(band.upperBound - band.lowerBound) < 0.8 * Double(typicalHeight) }
        if rowBands.count > 1, let last = rowBands.last, isShort(last) {
            // How many of the columns run through each row (counted only here: most pages end on a whole row).
            var crossed = bandProfiles.map { profile in
                let dips = profile.map { verticalFinder.dips(in: $0) } ?? []
                return vertical.count { line in dips.contains { abs($0 - line) <= verticalFinder.tolerance } }
            }
            let typicalCrossings = crossed.sorted()[crossed.count / 2]
            while rowBands.count > 1, let lastCrossed = crossed.last, 2 * lastCrossed < typicalCrossings, let band = rowBands.last,
                isShort(band)
            {
                rowBands.removeLast()
                crossed.removeLast()
                cuts.removeAll { $0 >= band.lowerBound }
            }
        }

        let drift = Int(Double(width) * Self.residualSlant)
        let reach = drift + Int(0.7 * mm)
        // Near the rulings: along each as found across the page, and along its course band by band (a photographed
        // page's rulings run aslant).
        let course = RulingCourse(tolerance: finder.tolerance, reach: reach)
        let rowsAcross = zip([header] + rowBands.map(Optional.some), [headerProfile] + bandProfiles).compactMap { band, profile in
            band.flatMap { band in profile.map { RulingCourse.Band(extent: band.lowerBound..<band.upperBound + 1, profile: $0) } }
        }
        // Runs across the page are rulings near a horizontal ruling, runs down it near a vertical one: a line of
        // typewritten letters, which closes into a run across, is no ruling beside the column's edge it begins at.
        let nearRows = try LeptonicaImage.mask(
            width: width, height: height,
            regions: horizontal.map { PixelRect(x: 0, y: $0 - reach, width: width, height: 2 * reach + 1) }
                + course.regions(around: horizontal, in: stripsAcross, horizontal: true))
        let nearColumns = try LeptonicaImage.mask(
            width: width, height: height,
            regions: vertical.map { PixelRect(x: $0 - reach, y: 0, width: 2 * reach + 1, height: height) }
                + course.regions(around: vertical, in: rowsAcross, horizontal: false))
        let lineMask = try Self.rulingMask(of: normalized, paper: paper, mm: mm, nearRows: nearRows, nearColumns: nearColumns)
        _ = consume nearRows
        _ = consume nearColumns
        let ink = try normalized.binarized(threshold: paper * 3 / 4).subtracting(lineMask)
            .keepingComponents(width: Int(0.3 * mm), height: Int(0.3 * mm))
        // Writing has strokes of a millimetre or more; a speck of dust has not. Faint strokes count too.
        let strokes = try ink.keepingComponents(width: Int(mm), height: Int(mm))
        // What is read: the strokes and the marks beside them (tone marks, dots, commas); a speck of dust standing
        // apart from the writing is not read (it was, as `Ỗ` after `Xã Ngọc Trạo`).
        let marks = Int(2 * Self.markReach * mm) + 1
        let writing = try ink.intersection(strokes.dilated(width: marks, height: marks))
        let faintStrokes = try normalized.binarized(threshold: paper * 9 / 10).subtracting(lineMask)
            .keepingComponents(width: Int(mm), height: Int(mm))
        let text = consume normalized
        text.fill(under: lineMask, with: paper)
        // A band cut into rows where a ruling was lost is trusted when no writing crosses the cut: the rows' entries
        // then sit apart as the form's rows would hold them.
        for cut in cuts where try Self.writing(in: strokes, crosses: cut, from: vertical.first ?? 0, to: vertical.last ?? width, mm: mm) {
            problems.append("a ruling between rows is missing, and writing crosses where it was (y \(cut))")
        }

        // A cell is the space between its rulings (`edge` keeps the line itself out); whether it is written is
        // judged further in (`inset`: the residual slant and a line's fuzz); the reading region grows from the writing
        // found there up to the lines, since entries often run into the margin.
        let edge = Self.lineClearance(dpi: dpi)
        let inset = drift / 2 + Int(0.5 * mm) + 1
        var pastEdges: [PixelRect] = []
        if let left = vertical.first, let right = vertical.last {
            pastEdges = try Self.writingPastOuterEdges(in: strokes, left: left, right: right, clearance: edge, mm: mm)
        }
        let rows = rowBands.map { band in
            let cells = zip(vertical, vertical.dropFirst()).enumerated().map { column, edges in
                let (left, right) = edges
                let box = PixelRect(
                    x: left + edge, y: band.lowerBound + edge,
                    width: max(1, right - left - 2 * edge), height: max(1, band.upperBound - band.lowerBound - 2 * edge))
                let inner = PixelRect(
                    x: left + inset, y: band.lowerBound + inset,
                    width: max(1, right - left - 2 * inset), height: max(1, band.upperBound - band.lowerBound - 2 * inset))
                let written = strokes.setPixels(in: inner) > 0
                let faint = !written && faintStrokes.setPixels(in: inner) > 0
                var inkBox = written ? writing.foregroundBox(in: inner) : faint ? faintStrokes.foregroundBox(in: inner) : nil
                if let found = inkBox, column == 0 || column == vertical.count - 2 {
                    let beyond = pastEdges.filter { column == 0 ? $0.x < left : $0.x + $0.width > right }
                    inkBox = Self.inkBox(found, reachingTo: beyond, within: band)
                }
                return LedgerGrid.Cell(box: box, inkBox: inkBox, faintOnly: faint)
            }
            return LedgerGrid.Row(top: band.lowerBound + edge, bottom: band.upperBound - edge, cells: cells)
        }
        let grid = LedgerGrid(
            header: header, rows: rows, columnCount: max(0, vertical.count - 1), restoredRulings: restored, problems: problems)
        let scale = LedgerPage.textScale(dpi: dpi)
        return LedgerPage(text: scale == 1 ? text : try text.scaled(by: scale), grid: grid, dpi: dpi, textScale: scale)
    }

    /// How far from a stroke of writing its marks stand at most (mm): a tone mark over a capital, a comma.
    static let markReach = 1.5

    /// How far a cell's box keeps from the centre of its rulings (pixels at `dpi`): the line itself and its fuzz.
    static func lineClearance(dpi: Int) -> Int { Int(0.3 * Double(dpi) / 25.4) + 1 }

    /// The pixels of long straight runs across the page near the horizontal rulings (`nearRows`) and down it near the
    /// vertical ones (`nearColumns`): the ruling lines, faint ones included, a little widened. Only near the rulings
    /// found, so that no word that happens to be long and straight is painted over.
    static func rulingMask(
        of normalized: borrowing LeptonicaImage, paper: Int, mm: Double, nearRows: borrowing LeptonicaImage,
        nearColumns: borrowing LeptonicaImage
    ) throws(ImagingError) -> LeptonicaImage {
        let faint = try normalized.binarized(threshold: paper * 17 / 20)
        let across = try faint.closed(width: 3, height: 1).opened(width: Int(4 * mm), height: 1).intersection(nearRows)
        let down = try faint.closed(width: 1, height: 3).opened(width: 1, height: Int(6 * mm)).intersection(nearColumns)
        return try across.union(down).dilated(width: 5, height: 5)
    }
}
