/// The writing in a cell: strokes at least faintly darker than the paper, without the remains of ruled lines, without
/// dust, and without strokes that only overshoot into the cell from the rows above and below.
struct CellWriting: ~Copyable {
    /// The writing's pixels (bilevel, the size of the cell's inside).
    let mask: LeptonicaImage
    /// Its area in mm².
    let area: Double
    /// The area in mm² of its solid ink (a fifth darker than the paper, or more) too thick for any stroke: smeared
    /// strokes run together, a blot; what is left of a smudge on a bilevel page.
    let thickArea: Double

    /// The faintest ink that counts: this share darker than the paper (faded ink is 8–18 %, dust and JPEG noise on
    /// paper stay under 3 %).
    static let faintInk = 0.05
    /// A mark of writing is at least this long or tall (mm); dust, even spread by JPEG, is smaller.
    static let markSize = 1.2
    /// A straight run this long (mm) is a ruled line, not a stroke...
    static let lineRun = 6.0
    /// ... and a line is thinner than this (mm).
    static let lineWidth = 1.0
    /// Writing must reach this far inside the cell above and below (mm): handwriting overshoots its lines by up to
    /// 1.5 mm.
    static let overshoot = 1.5
    /// ... and this far sideways, where writing starts a millimetre from the line and keeps within its cell.
    static let sideways = 0.5
    /// Solid ink is this share darker than the paper...
    static let solidInk = 0.2
    /// ... and no stroke is this thick (mm): handwriting's are under 0.8 mm, print's about 0.35 mm (nor 7 pixels, which
    /// a stroke may take at 100 dpi).
    static let strokeWidth = 1.2

    /// Finds the writing in `darkness`, how much darker than the paper each pixel of the cell's inside is, where
    /// `paperLevel` is the paper's gray level.
    init(darkness: borrowing LeptonicaImage, paperLevel: Double, pixelsPerMM: Double) throws(ImagingError) {
        func pixels(_ millimetres: Double) -> Int { max(1, Int((millimetres * pixelsPerMM).rounded())) }
        let (width, height) = (darkness.width, darkness.height)
        let faint = try darkness.reaching(max(2, Int((Self.faintInk * paperLevel).rounded())))
        // Long straight runs are lines, unless they run through a mass thicker than any line (a blot, a stain).
        let lines = try faint.opened(width: min(pixels(Self.lineRun), width * 7 / 10), height: 1)
            .maskUnion(faint.opened(width: 1, height: min(pixels(Self.lineRun), height * 7 / 10)))
            .maskRemoving(faint.opened(width: pixels(Self.lineWidth), height: pixels(Self.lineWidth)))
            .dilated(width: 3, height: 3)
        let marks = try faint.maskRemoving(lines)
            .components(atLeastWidth: pixels(Self.markSize), orHeight: pixels(Self.markSize))
        let inX = min(pixels(Self.sideways), width / 3)
        let inY = min(pixels(Self.overshoot), height / 3)
        let middle = try marks.regionMask(PixelRect(x: inX, y: inY, width: width - 2 * inX, height: height - 2 * inY))
        let writing = try marks.components(touching: marks.maskIntersection(middle))
        let thick = try darkness.reaching(Int((Self.solidInk * paperLevel).rounded())).maskIntersection(writing)
            .opened(width: max(7, pixels(Self.strokeWidth)), height: max(7, pixels(Self.strokeWidth)))
        area = Double(writing.setPixelCount) / (pixelsPerMM * pixelsPerMM)
        thickArea = Double(thick.setPixelCount) / (pixelsPerMM * pixelsPerMM)
        mask = writing
    }

    /// The writing's area in pixels inside the corner triangle of the cell that `gap` spans, its legs shortened by a
    /// sixth (a tear's edge is ragged); `inset` is how far the cell's corner lies outside the mask's.
    func pixels(inside gap: CellBorderRulings.Gap, cellWidth: Int, cellHeight: Int, inset: Int) -> Int {
        let steps = 8
        let (along, down) = (gap.along * 5 / 6, gap.down * 5 / 6)
        let atTop = gap.corner == .topLeft || gap.corner == .topRight
        let atLeft = gap.corner == .topLeft || gap.corner == .bottomLeft
        var count = 0
        for step in 0..<steps {
            // A strip of the triangle, as wide as the triangle is at the strip's far edge.
            let (near, far) = (down * step / steps, down * (step + 1) / steps)
            let width = along * (steps - step - 1) / steps
            guard width > 0, far > near else { continue }
            let x = atLeft ? 0 : cellWidth - width
            let y = atTop ? near : cellHeight - far
            count += mask.setPixelCount(in: PixelRect(x: x - inset, y: y - inset, width: width, height: far - near))
        }
        return count
    }

    /// The darkness of the darkest tenth of the writing, or nil without writing.
    func darkest(in darkness: borrowing LeptonicaImage) -> Double? { darkness.rankValue(0.9, under: mask) }

    /// How wide the writing's edges are, in pixels: its darkness `contrast` (gray levels) over the steepest tenth of
    /// the Sobel gradient of `gray` (the cell's inside) along it. Nil without writing or gradient.
    func edgeWidth(gray: borrowing LeptonicaImage, contrast: Double) throws(ImagingError) -> Double? {
        let along = try mask.dilated(width: 3, height: 3)
        guard let steepest = try gray.sobelGradient().rankValue(0.9, under: along), steepest > 0 else { return nil }
        return contrast / steepest
    }
}
