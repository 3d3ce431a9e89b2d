/// Measures one cell of an upright gray page: the cell and a margin around it (its rulings and the paper beyond
/// them), at the scan's own resolution, every size in millimetres.
///
/// Two paper maps carry it. The gray closed by a 2.5 mm brick is the paper with every stroke taken out (stains,
/// blots, the haze of blurred writing, shading and the scan's background where paper is missing stay): writing is
/// what is darker than it, and the rulings and stains are read on it. Closed by an 8 mm brick, blots and haze go too,
/// so what is darker in the first map than in the second is ink too thick for strokes.
struct CellMeasurer {
    var dpi: Int
    /// The page's paper level (its 90% brightness), and whether it is a bilevel scan: the same for all its cells.
    var pageLevel: Double
    var bilevel: Bool

    init(dpi: Int, page: borrowing LeptonicaImage) {
        self.dpi = dpi
        pageLevel = Double(page.rankValue(0.9, factor: 16) ?? 255)
        bilevel = Self.looksBilevel(page)
    }

    /// The brick that takes strokes out: wider than any stroke or junction of strokes (mm).
    static let strokeBrick = 2.5
    /// The brick that takes blots and smears out too: wider than any blot (mm).
    static let blotBrick = 8.0
    /// Bright specks up to this size (mm) are noise: JPEG ringing along lines and strokes.
    static let brightSpeck = 0.25
    /// The margin read around the cell, for its rulings and the paper beyond them (mm).
    static let margin = 2.5
    /// What is dropped at the cell's edges, where a sliver of ruling may remain (mm); longer remains of a line are
    /// taken out with the writing's lines.
    static let edgeInset = 0.15
    /// A blot is at least this share darker than the paper...
    static let blotInk = 0.2
    /// ... the haze of blurred or smeared writing at least this share.
    static let hazeInk = 0.08
    /// A ruled line is at least this share darker than the paper (a faint printed line is 30–50 %, less once
    /// resampled).
    static let rulingInk = 0.1
    /// Paper darker than this share of the paper level is no paper: the scan's background (a dark table).
    static let missingPaper = 0.4

    private var pixelsPerMM: Double { Double(dpi) / 25.4 }

    private func pixels(_ millimetres: Double) -> Int { max(1, Int((millimetres * pixelsPerMM).rounded())) }

    func measure(_ requested: PixelRect, in page: borrowing LeptonicaImage) throws(ImagingError) -> CellCondition {
        guard page.depth == 8 else { throw ImagingError("measure a cell of a page that is not 8-bit gray") }
        guard dpi > 0 else { throw ImagingError("measure a cell at \(dpi) dpi") }
        guard let onPage = Self.clip(requested, width: page.width, height: page.height),
            onPage.width >= pixels(2), onPage.height >= pixels(2)
        else { throw ImagingError("measure a cell smaller than 2 mm or outside the page") }
        let margin = pixels(Self.margin)
        let wide = PixelRect(
            x: onPage.x - margin, y: onPage.y - margin, width: onPage.width + 2 * margin,
            height: onPage.height + 2 * margin)
        guard let context = Self.clip(wide, width: page.width, height: page.height) else {
            throw ImagingError("measure a cell outside the page")
        }
        let gray = try page.cropped(to: context)
        let cell = PixelRect(x: onPage.x - context.x, y: onPage.y - context.y, width: onPage.width, height: onPage.height)
        let inset = pixels(Self.edgeInset)
        let inside = PixelRect(
            x: cell.x + inset, y: cell.y + inset, width: max(1, cell.width - 2 * inset),
            height: max(1, cell.height - 2 * inset))

        // The paper maps are taken from the gray without its bright specks (JPEG rings bright along every line).
        let speck = max(3, pixels(Self.brightSpeck))
        let base = try gray.grayOpened(width: speck, height: speck)
        let paper = try base.grayClosed(width: pixels(Self.strokeBrick), height: pixels(Self.strokeBrick))
        let unblotted = try base.grayClosed(width: pixels(Self.blotBrick), height: pixels(Self.blotBrick))
        // The paper level: the bright paper around the cell, unless that is mostly the scan's background.
        let paperLevel = min(255, max(1, Double(unblotted.rankValue(0.9, factor: 1) ?? 255), 0.75 * pageLevel))
        let darkness = try paper.grayDifference(from: gray)

        let insideDarkness = try darkness.cropped(to: inside)
        let writing = try CellWriting(darkness: insideDarkness, paperLevel: paperLevel, pixelsPerMM: pixelsPerMM)
        var contrast: Double?
        var edgeWidth: Double?
        if writing.area > 0, let darkest = writing.darkest(in: insideDarkness) {
            contrast = darkest / paperLevel
            edgeWidth = try writing.edgeWidth(gray: gray.cropped(to: inside), contrast: darkest).map { $0 / pixelsPerMM }
        }

        let missingLevel = Int((Self.missingPaper * paperLevel).rounded())
        let insidePaper = try paper.cropped(to: inside)
        let paperPresent = try insidePaper.reaching(missingLevel)
        let missingShare = 1 - Double(paperPresent.setPixelCount) / Double(inside.width * inside.height)
        let mass = try unblotted.grayDifference(from: paper).cropped(to: inside)
        let blot = try mass.reaching(Int((Self.blotInk * paperLevel).rounded())).maskIntersection(paperPresent)
        let haze = try mass.reaching(Int((Self.hazeInk * paperLevel).rounded())).maskIntersection(paperPresent)
        let dip = try PaperDip.measure(paper: paper, cell: cell, inside: inside)
        let rulings = try CellBorderRulings(
            darkness: darkness, cell: cell, level: Int((Self.rulingInk * paperLevel).rounded()), reach: pixels(2),
            overlap: pixels(0.3), minimumRun: pixels(1.5), bridge: pixels(0.5))
        // A torn corner: the rulings gone along both sides from the corner, and no writing in the triangle they span
        // (torn paper holds none).
        let gap = rulings.gaps.filter { gap in
            writing.pixels(inside: gap, cellWidth: cell.width, cellHeight: cell.height, inset: inset) == 0
        }.max { min($0.along, $0.down) < min($1.along, $1.down) }

        return CellCondition(
            blank: writing.area == 0, bilevel: bilevel, inkArea: writing.area, paperLevel: paperLevel,
            inkContrast: contrast, inkEdgeWidth: edgeWidth,
            thickInkArea: writing.thickArea, blotArea: Double(blot.setPixelCount) / (pixelsPerMM * pixelsPerMM),
            hazeArea: Double(haze.setPixelCount) / (pixelsPerMM * pixelsPerMM),
            paperDarkening: max(0, dip.across, dip.down), missingPaperShare: missingShare,
            rulingGapAtCorner: Double(gap.map { min($0.along, $0.down) } ?? 0) / pixelsPerMM,
            rulingGapAlongCorner: Double(gap.map { max($0.along, $0.down) } ?? 0) / pixelsPerMM, dpi: dpi, writingMayBeLost: false, damage: [])
    }

    /// Whether `page` comes from a bilevel scan: most of it pure white, and pure black a good part of what is not
    /// (levelling a bilevel page leaves gray only along edges). A gray scan whose paper is clipped to white still has
    /// gray ink, never pure black.
    static func looksBilevel(_ page: borrowing LeptonicaImage) -> Bool {
        guard let levels = page.levelCounts(factor: 8) else { return false }
        let total = levels.black + levels.white + levels.between
        return total > 0 && Double(levels.white) >= 0.6 * Double(total) && levels.black * 5 >= levels.between
    }

    /// `rect` clipped to a `width` × `height` image, or nil when nothing of it is inside.
    static func clip(_ rect: PixelRect, width: Int, height: Int) -> PixelRect? {
        let x0 = max(0, rect.x), y0 = max(0, rect.y)
        let x1 = min(width, rect.x + rect.width), y1 = min(height, rect.y + rect.height)
        return x1 > x0 && y1 > y0 ? PixelRect(x: x0, y: y0, width: x1 - x0, height: y1 - y0) : nil
    }
}
