/// Whether a decoded frame can hold a ledger page or an opened book at all. Scanner previews, thumbnails, logos,
/// separator strips and cropped stubs decode fine but are no page; they are refused at ingest by name
/// (`not-a-page`) instead of being handed to the readers, whose C libraries were never meant for a 1×1 image.
public enum LedgerPageSize {
    /// The fewest pixels a frame's short side may have: a page 210 mm wide at 72 dpi, below any document scan setting.
    /// No ruled row of handwriting is legible in less.
    public static let minimumShortSide = 600
    /// The most the long side may exceed the short one: a page or a spread is √2, a photographed book with the desk
    /// around it about 2; a frame three times longer than wide is a strip, not paper.
    public static let maximumAspect = 3.0
    /// The smallest paper (short side, millimetres) a frame may show at its resolution: half an A4 page's width.
    public static let minimumShortMillimetres = 105.0

    /// Why a frame of this size is no ledger page, in words a contractor can act on; nil when it can be one. Its
    /// physical size is taken from the dpi tag when the tag is credible at all (even one `ScanResolution` does not
    /// believe for a page: a 1000×700 image tagged 300 dpi is a 85 mm photograph, not an A3 spread at 62 dpi), else
    /// from the resolution estimated from its proportions.
    public static func refusal(width: Int, height: Int, taggedDPI: Int?, resolution: ScanResolution) -> String? {
        let short = min(width, height), long = max(width, height)
        let size = "\(width)×\(height) pixels"
        guard short >= minimumShortSide else {
            return "\(size): a ledger page needs at least \(minimumShortSide) pixels on its short side "
                + "(a thumbnail, preview or stub?)"
        }
        let aspect = Double(long) / Double(short)
        guard aspect <= maximumAspect else {
            return "\(size): \(Self.rounded(aspect)) times longer than wide, the shape of no page or opened book "
                + "(a strip or separator?)"
        }
        let tag = taggedDPI.flatMap { ScanResolution.credibleTag.contains($0) ? $0 : nil }
        let dpi = tag ?? resolution.dpi
        let millimetres = Double(short) / Double(dpi) * 25.4
        guard millimetres >= minimumShortMillimetres else {
            let source = tag == nil ? "estimated" : "tagged"
            return "\(size) at \(dpi) dpi (\(source)) is \(Int(millimetres.rounded())) mm across: "
                + "smaller than any ledger page (at least \(Int(minimumShortMillimetres)) mm)"
        }
        return nil
    }

    private static func rounded(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String(Double((value * 10).rounded()) / 10)
    }
}
