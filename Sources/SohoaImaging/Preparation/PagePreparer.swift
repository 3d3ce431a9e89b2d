/// Turns one decoded frame into its upright, levelled, cropped page images, following a `FrameAnalyzer` result:
/// cut each page at the gutter and level it (the frame's skew and the page's own lean in one rotation), turn it
/// upright, and square its grid when a camera's angle made its borders converge (`GridPerspective`). Holds the
/// gray frame and one page at a time.
public struct PagePreparer: Sendable {
    public init() {}

    /// One page cut from a frame.
    public struct Page: ~Copyable {
        /// `left` or `right` for a page cut from a spread; nil for a single-page scan, whose side pairing decides.
        public var side: Side?
        /// The page, 8-bit gray, upright and levelled.
        public var image: LeptonicaImage
        /// Whether the source was bilevel, so that the master stays bilevel (CCITT G4).
        public var bilevelSource: Bool
        /// The total rotation applied, in degrees counter-clockwise undone (frame skew plus the page's own lean).
        public var deskewDegrees: Double
        public var region: PixelRect
        /// How far (mm) the farthest corner of the grid was moved to square it; 0 for a page left as levelled.
        public var squaredMillimetres: Double
    }

    /// A grid whose farthest corner lies less than this (mm) from its square is left as levelled: a scanner's page,
    /// or a photograph taken straight on, is not resampled for nothing.
    public static let squaringThreshold = 1.0
    /// ... and one that would move a corner further than this share of the page's width is not trusted to be the
    /// grid's outline.
    static let squaringLimit = 0.08

    public enum Side: String, Sendable, Codable { case left, right }

    /// Calls `body` with each page of the frame in reading order (left, then right), one at a time. Throws
    /// `ImagingError` when Leptonica fails, or what `body` throws.
    /// `gray` is the frame as 8-bit gray at `dpi`; `bilevelSource` says whether the scan itself was bilevel.
    public func forEachPage(
        of gray: borrowing LeptonicaImage, dpi: Int, bilevelSource: Bool, analysis result: FrameAnalyzer.Result,
        _ body: (borrowing Page) throws -> Void
    ) throws {
        let analysis = result.analysis
        if analysis.quarterTurn {
            try forEachPage(of: try gray.turnedQuarterClockwise(), dpi: dpi, bilevelSource: bilevelSource, result: result, body)
        } else {
            try forEachPage(of: gray, dpi: dpi, bilevelSource: bilevelSource, result: result, body)
        }
    }

    /// The pages of `frame` (turned a quarter already when the analysis says so), each levelled in one rotation.
    private func forEachPage(
        of frame: borrowing LeptonicaImage, dpi: Int, bilevelSource: Bool, result: FrameAnalyzer.Result,
        _ body: (borrowing Page) throws -> Void
    ) throws {
        let analysis = result.analysis
        // An upside-down spread shows its right page on the left of the stored image.
        let order = analysis.upsideDown ? Array(result.pages.indices.reversed()) : Array(result.pages.indices)
        for (position, index) in order.enumerated() {
            let region = result.pages[index]
            let lean = abs(region.residualSkewDegrees) > 0.05 ? region.residualSkewDegrees : 0
            var image = try frame.levelledCrop(of: region.rect, frameSkew: analysis.skewDegrees, pageLean: lean)
            if analysis.upsideDown { image = try image.rotated180() }
            var squared = 0.0
            if let outline = try GridPerspective.find(in: image, dpi: dpi),
                outline.displacement >= Self.squaringThreshold * Double(dpi) / 25.4,
                outline.displacement <= Self.squaringLimit * Double(image.width)
            {
                // What comes in from beyond the page takes the paper's level: a white wedge would edge it like a ruling.
                image = try image.projected(from: outline.corners, to: outline.squared, fill: image.rankValue(0.9) ?? 255)
                squared = outline.displacement * 25.4 / Double(dpi)
            }
            let side: Side? = analysis.kind == .page ? nil : (position == 0 ? .left : .right)
            try body(
                Page(
                    side: side, image: image, bilevelSource: bilevelSource,
                    deskewDegrees: analysis.skewDegrees + region.residualSkewDegrees, region: region.rect,
                    squaredMillimetres: squared))
        }
    }
}
