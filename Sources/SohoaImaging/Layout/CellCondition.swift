/// The state of one ledger cell as its pixels show it: whether anything is written in it, how the writing looks
/// (contrast, sharpness, blots) and how the paper under it looks (stained, missing), with the kinds of damage the
/// thresholds judge present. A value read from a cell with any damage must not be accepted as read.
public struct CellCondition: Sendable, Equatable, Codable {
    /// No writing in the cell (strokes and haze together under `CellConditionThresholds.writingArea`): nothing darker
    /// than the paper but dust, the remains of ruled lines and strokes that overshoot from the rows above and below.
    /// Faint ink counts, and so does the haze of writing out of focus.
    public var blank: Bool
    /// The page comes from a bilevel scan (paper pure white, ink pure black): faded or blurred writing may have been
    /// thresholded away entirely, contrast is always full and edges always sharp, and a stain does not show.
    public var bilevel: Bool
    /// The area of the writing's strokes, in mm².
    public var inkArea: Double
    /// The paper level around the cell (0–255), the reference the shares below are taken against.
    public var paperLevel: Double
    /// How much darker than the paper the darkest tenth of the writing is, as a share of the paper level: 0.5–0.9 for
    /// sound ink, under 0.2 for faded ink, 0.1–0.4 for blurred strokes. Nil without strokes.
    public var inkContrast: Double?
    /// How wide the edges of the writing are, in mm: its contrast over its steepest gradients (Sobel). A sharp capture
    /// has edges about 2 pixels wide; out of focus they spread over 0.35 mm and more. Nil without strokes.
    public var inkEdgeWidth: Double?
    /// The area, in mm², of solid ink too thick for strokes (over 1.2 mm): smeared strokes run together, a small blot.
    /// On a bilevel page, where a blot's soft edge thresholds away, this is what shows of a smudge.
    public var thickInkArea: Double
    /// The area, in mm², of ink-dark mass too thick for strokes yet smaller than a stain: a blot or smear of wet ink.
    public var blotArea: Double
    /// The area, in mm², of mass at least faintly dark and too thick for strokes: the haze writing becomes out of
    /// focus or smeared, blots included.
    public var hazeArea: Double
    /// How far the paper in the middle of the cell sinks below the paper beyond its lines, as a share of the paper
    /// level (the larger of the two axes): a water stain. Sound paper stays under 0.02.
    public var paperDarkening: Double
    /// The share of the cell where there is no paper but the scan's dark background (a missing piece of the page).
    public var missingPaperShare: Double
    /// At the corner of the cell where the ruled lines of both sides meeting there are missing longest (with no
    /// writing in the triangle they span), how far (mm) they are missing along the side where less is missing: a torn
    /// corner takes its lines and its writing with it, even where the scanner's lid behind it looks like paper. A line
    /// the printer cut loses a few millimetres along one side only.
    public var rulingGapAtCorner: Double
    /// ... and along the other side of that corner (mm), at least `rulingGapAtCorner`.
    public var rulingGapAlongCorner: Double
    /// The resolution of the page the cell was measured on.
    public var dpi: Int
    /// On a bilevel page, little or no writing (under `CellConditionThresholds.bilevelLostWriting`): faded or blurred
    /// writing thresholds away entirely or to a few specks, and then looks like an empty or nearly empty cell. Such a
    /// cell needs a person (or a gray scan) before it is exported as empty or as read.
    public var writingMayBeLost: Bool
    /// The kinds of damage the thresholds judge present, in `CellDamage` order.
    public var damage: [CellDamage]

    /// `inkEdgeWidth` in pixels of the scan: a sharp capture's edges are about 2 pixels wide at any resolution.
    public var inkEdgeWidthInPixels: Double? { inkEdgeWidth.map { $0 * Double(dpi) / 25.4 } }

    /// Measures the cell `cell` (inside its ruling lines; a few pixels of a line may remain) of `page`, an upright
    /// 8-bit gray page scanned at `dpi`, not background-normalized, and judges it with `thresholds`.
    public static func measure(
        _ cell: PixelRect, in page: borrowing LeptonicaImage, dpi: Int,
        thresholds: CellConditionThresholds = CellConditionThresholds()
    ) throws(ImagingError) -> CellCondition {
        try measure([cell], in: page, dpi: dpi, thresholds: thresholds)[0]
    }

    /// Measures `cells` of one page like `measure(_:in:dpi:thresholds:)`, looking at the page as a whole (its paper
    /// level, whether it is bilevel) once for all of them.
    public static func measure(
        _ cells: [PixelRect], in page: borrowing LeptonicaImage, dpi: Int,
        thresholds: CellConditionThresholds = CellConditionThresholds()
    ) throws(ImagingError) -> [CellCondition] {
        let measurer = CellMeasurer(dpi: dpi, page: page)
        var conditions: [CellCondition] = []
        for cell in cells {
            conditions.append(judged(try measurer.measure(cell, in: page), thresholds: thresholds))
        }
        return conditions
    }

    private static func judged(_ measured: CellCondition, thresholds: CellConditionThresholds) -> CellCondition {
        var condition = measured
        condition.blank = condition.inkArea + condition.hazeArea < thresholds.writingArea
        condition.writingMayBeLost =
            condition.bilevel && condition.inkArea + condition.hazeArea < thresholds.bilevelLostWriting
        condition.damage = thresholds.judge(condition)
        return condition
    }
}
