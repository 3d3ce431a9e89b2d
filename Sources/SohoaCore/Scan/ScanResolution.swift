/// The resolution a frame was scanned at: the dpi tag when it is believable, otherwise an estimate from the pixel size.
///
/// Scanners and cameras often write no dpi or a wrong one (72, 1). Every later stage measures in millimetres on the
/// page, so a believable number matters more than the tag: a frame is assumed to be an A3 spread when landscape and
/// an A4 page when portrait (FORMS.md), and the estimate is recorded as such.
public struct ScanResolution: Sendable, Equatable, Codable {
    /// Dots per inch.
    public var dpi: Int
    /// Whether `dpi` was estimated from the pixel size rather than read from the file.
    public var isEstimated: Bool

    public init(dpi: Int, isEstimated: Bool) {
        self.dpi = dpi
        self.isEstimated = isEstimated
    }

    /// Resolutions a scan of a register book can really have been made at.
    public static let plausibleDPI: ClosedRange<Int> = 100...1200
    /// Tags outside this range measure nothing at all (a 6 or 100,000 dpi tag): they are treated as missing.
    public static let credibleTag: ClosedRange<Int> = 50...2400

    /// Paper sizes in millimetres (width, height) as scanned: an opened A3 book lies landscape, one A4 page portrait.
    static let spreadMillimetres = (width: 420.0, height: 297.0)
    static let pageMillimetres = (width: 210.0, height: 297.0)
    /// How far the size a tag implies may stray from the paper before the tag is not believed: photographs include
    /// margins, a page lying sideways is 0.71 of the spread it is measured against (less when cropped to its grid),
    /// and a tag twice the true resolution (a driver's default) makes the paper half its size.
    static let believableScale: ClosedRange<Double> = 0.6...2.0

    /// Chooses the tagged dpi when it is plausible for this pixel size, or estimates one.
    public static func resolve(taggedDPI: Int?, width: Int, height: Int) -> ScanResolution {
        let paper = width >= height ? spreadMillimetres : pageMillimetres
        if let tagged = taggedDPI, plausibleDPI.contains(tagged) {
            let impliedWidth = Double(width) / Double(tagged) * 25.4
            if believableScale.contains(impliedWidth / paper.width) {
                return ScanResolution(dpi: tagged, isEstimated: false)
            }
        }
        let horizontal = Double(width) / (paper.width / 25.4)
        let vertical = Double(height) / (paper.height / 25.4)
        let estimate = Int(((horizontal + vertical) / 2).rounded())
        return ScanResolution(dpi: min(max(estimate, 1), plausibleDPI.upperBound), isEstimated: true)
    }
}
