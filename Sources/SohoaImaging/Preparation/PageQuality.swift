import CLeptonica

/// How usable a prepared page image is, measured the same way whatever the scan's resolution.
public struct PageQuality: Sendable, Equatable, Codable {
    /// Mean edge strength at the ink of the page at 150 dpi (Sobel, 0–255): a blurred capture has soft edges.
    /// Measured where the writing is, not on empty margins.
    public var focus: Double
    /// Paper brightness minus ink darkness (0–255): faded ink or a grey capture is low.
    public var contrast: Double
    /// The skew left on the prepared page, in degrees (its absolute value).
    public var residualSkewDegrees: Double

    /// The dpi focus is measured at, so that pages scanned at 200 and 400 dpi compare.
    public static let measuringDPI = 150.0

    public init(focus: Double, contrast: Double, residualSkewDegrees: Double) {
        self.focus = focus
        self.contrast = contrast
        self.residualSkewDegrees = residualSkewDegrees
    }

    /// Measures an upright 8-bit gray page scanned at `dpi`.
    public static func measure(_ page: borrowing LeptonicaImage, dpi: Int) throws(ImagingError) -> PageQuality {
        let gray = try page.scaled(by: min(1, measuringDPI / Double(dpi)))
        let ink = try gray.backgroundNormalized().binarized()
        let nearInk = try ink.dilated(width: 3, height: 3)
        let edges = try LeptonicaImage.made(pixSobelEdgeFilter(gray.pointer, l_int32(L_ALL_EDGES)), "find edges")
        var focus: Float = 0
        pixGetAverageMasked(edges.pointer, nearInk.pointer, 0, 0, 1, l_int32(L_MEAN_ABSVAL), &focus)
        let paper = Double(gray.rankValue(0.95) ?? 255)
        let inkLevel = Double(gray.rankValue(0.02) ?? 0)
        let residual = ink.skew(range: 2)?.degrees ?? 0
        return PageQuality(focus: Double(focus), contrast: paper - inkLevel, residualSkewDegrees: abs(residual))
    }
}
