/// Turns one decoded frame into its upright, levelled, cropped page images, following a `FrameAnalyzer` result:
/// cut each page at the gutter and level it (the frame's skew and the page's own lean in one rotation), turn it
/// upright. Holds the gray frame and one page at a time.
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
    }

    public enum Side: String, Sendable, Codable { case left, right }

    /// Calls `body` with each page of the frame in reading order (left, then right), one at a time. Throws
    /// `ImagingError` when Leptonica fails, or what `body` throws.
    /// `gray` is the frame as 8-bit gray; `bilevelSource` says whether the scan itself was bilevel.
    public func forEachPage(
        of gray: borrowing LeptonicaImage, bilevelSource: Bool, analysis result: FrameAnalyzer.Result,
        _ body: (borrowing Page) throws -> Void
    ) throws {
        let analysis = result.analysis
        if analysis.quarterTurn {
            try forEachPage(of: try gray.turnedQuarterClockwise(), bilevelSource: bilevelSource, result: result, body)
        } else {
            try forEachPage(of: gray, bilevelSource: bilevelSource, result: result, body)
        }
    }

    /// The pages of `frame` (turned a quarter already when the analysis says so), each levelled in one rotation.
    private func forEachPage(
        of frame: borrowing LeptonicaImage, bilevelSource: Bool, result: FrameAnalyzer.Result,
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
            let side: Side? = analysis.kind == .page ? nil : (position == 0 ? .left : .right)
            try body(
                Page(
                    side: side, image: image, bilevelSource: bilevelSource,
                    deskewDegrees: analysis.skewDegrees + region.residualSkewDegrees, region: region.rect))
        }
    }
}
