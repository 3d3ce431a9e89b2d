public import Foundation

/// The band of a record's row across one page of its opening, as the review screens show it: the page's whole
/// width, from a tenth of the row's height above its highest cell to as much below its lowest. It says where each
/// cell falls in it, so that a page can frame any cell over one image instead of fetching one image per cell.
public struct RowStrip: Sendable, Equatable {
    /// The page's lossless master.
    public let page: URL
    /// The band in the master's pixels, inside the page.
    public let region: PixelRect

    /// The strip of the row from `top` to `top + height` on `page`, whose size is read from its header.
    public init(page: URL, top: Int, height: Int) throws(ImagingError) {
        let size = try LeptonicaImage.size(ofFileAt: page.path)
        let margin = height / 10
        let y = max(0, top - margin)
        let bottom = min(size.height, top + height + margin)
        guard bottom > y else { throw ImagingError("cut a row outside its page \(page.path)") }
        self.page = page
        region = PixelRect(x: 0, y: y, width: size.width, height: bottom - y)
    }

    /// Where `box` (master pixels) lies in the strip, as fractions of its width and height.
    public func position(of box: PixelRect) -> (left: Double, top: Double, width: Double, height: Double) {
        let width = Double(max(region.width, 1)), height = Double(max(region.height, 1))
        return (Double(box.x - region.x) / width, Double(box.y - region.y) / height, Double(box.width) / width,
                Double(box.height) / height)
    }

    /// The strip as gray PNG at `scale`, with `frame` (master pixels) drawn when given; the page decoded through
    /// `pages` when given.
    public func png(scale: Double, frame: PixelRect? = nil, pages: PageCache? = nil) throws(ImagingError) -> Data {
        let decoded = try PageCache.page(at: page, through: pages)
        let gray = try decoded.image.cropped(to: region).gray8()
        guard let frame else { return try gray.scaled(by: scale).pngData() }
        let cell = PixelRect(x: frame.x - region.x, y: frame.y - region.y, width: frame.width, height: frame.height)
        return try gray.framed(cell, thickness: 6).scaled(by: scale).pngData()
    }
}
