/// Where the measures of a `CellCondition` turn into judgements: blank or written, and which damage is present.
/// The defaults sit between the sound and the damaged cells of synthetic batches (`scripts/make-samples`, bench preset
/// seeds 5–11 and sample preset seeds 21–26; see `CellConditionTests`); the router's own thresholds are calibrated
/// later on the same measures.
public struct CellConditionThresholds: Sendable, Equatable, Codable {
    /// Writing (strokes and haze) of less area than this (mm²) is no writing: the cell is blank.
    public var writingArea = 0.25
    /// Blur: the writing's edges are wider than this many pixels of the scan (sound: up to 2.4 at any resolution;
    /// blurred: 3.4 and up from 200 dpi, 2.5 at 100 dpi), or it has no strokes, only haze.
    public var blurredEdgePixels = 2.8
    /// Faded: the darkest writing is less than this share darker than the paper (faded: up to 0.17; sound: 0.5 and up
    /// from 200 dpi, 0.33 and up at 100 dpi, where thin strokes never reach full darkness).
    public var fadedContrast = 0.3
    /// Smudge: a blot or smear of at least this area, mm² (sound: none at all; smudged on gray pages: 24 and up)...
    public var smudgeArea = 3.0
    /// ... or this much solid ink too thick for strokes, mm² (sound: up to 1.3; smudged on bilevel pages: 23 and up).
    public var smudgeThickInk = 2.0
    /// Stain: the paper in the middle of the cell sinks at least this share below the paper beyond its lines (sound:
    /// up to 0.02; stained: 0.035 and up).
    public var stainDarkening = 0.025
    /// Torn: at least this share of the cell shows the scan's background...
    public var tornMissingShare = 0.01
    /// ...or the rulings at one of its corners are missing along both sides for at least this length, mm (sound: up to
    /// 2.3; a printer's cut in a line is at most 3 mm; torn: 3.8 and up, but for slivers of a corner).
    public var tornRulingGap = 3.0

    /// On a bilevel page, writing of less area than this (mm²) may be what is left of faded or blurred writing (sound
    /// writing: 2 and up; a blurred cell: 0.8).
    public var bilevelLostWriting = 1.5

    public init() {}

    /// The damage `condition`'s measures show. On a bilevel page blur, fading and stains cannot show (its writing is
    /// black or gone, its paper white) and are not judged.
    public func judge(_ condition: CellCondition) -> [CellDamage] {
        var found: [CellDamage] = []
        let writing = !condition.blank && !condition.bilevel
        // Writing with no stroke left to measure is nothing but haze: blurred past reading.
        if writing, (condition.inkEdgeWidthInPixels ?? .infinity) > blurredEdgePixels { found.append(.blur) }
        if condition.blotArea >= smudgeArea || condition.thickInkArea >= smudgeThickInk { found.append(.smudge) }
        if writing, let contrast = condition.inkContrast, contrast < fadedContrast { found.append(.faded) }
        if !condition.bilevel, condition.paperDarkening >= stainDarkening { found.append(.stain) }
        if condition.missingPaperShare >= tornMissingShare || condition.rulingGapAtCorner >= tornRulingGap {
            found.append(.torn)
        }
        return found
    }
}
