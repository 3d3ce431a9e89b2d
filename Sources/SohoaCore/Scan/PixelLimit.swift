/// The largest image sohoa will decode, checked against the header before any pixel memory is allocated,
/// so that a corrupt or hostile header cannot exhaust memory on a shared office machine.
public struct PixelLimit: Sendable, Equatable {
    /// The most pixels one frame may have.
    public var maxPixels: Int

    public init(maxPixels: Int) {
        self.maxPixels = maxPixels
    }

    /// 200 megapixels: an A3 spread at 600 dpi is 70 MP, so only a broken or hostile header reaches it.
    public static let `default` = PixelLimit(maxPixels: 200_000_000)

    /// Whether a frame of this size may be decoded.
    public func allows(width: Int, height: Int) -> Bool {
        width > 0 && height > 0 && Self.pixels(width: width, height: height) <= maxPixels
    }

    /// `width × height`, saturating instead of overflowing on absurd headers.
    public static func pixels(width: Int, height: Int) -> Int {
        let (product, overflow) = width.multipliedReportingOverflow(by: height)
        return overflow ? Int.max : product
    }
}
