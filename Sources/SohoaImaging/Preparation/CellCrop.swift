public import Foundation

/// The pictures a reviewer decides from, as PNG: a cell of a prepared page, enlarged, and the band of its record's
/// row across each page of the opening, the cell framed in red. Read from the lossless master, so nothing of the
/// writing is lost to compression.
public enum CellCrop {
    /// The margin kept around a cell, as a share of its smaller side: room for writing that crosses its rulings.
    static let marginShare = 0.12

    /// The cell `box` with a small margin and the form painted out of it (`CellDropout`), brought to about `width`
    /// pixels wide (×1 to ×3, or down to fit a narrower width); the page decoded through `pages` when given.
    public static func cell(page: URL, box: PixelRect, width: Double = 600, pages: PageCache? = nil) throws(ImagingError) -> Data {
        let decoded = try PageCache.page(at: page, through: pages)
        let margin = max(2, Int(Double(min(box.width, box.height)) * marginShare))
        let region = try clipped(box.expanded(by: margin), to: decoded.image, page: page)
        let zoom = min(3, width / Double(max(region.width, 1)))
        let cell = PixelRect(x: box.x - region.x, y: box.y - region.y, width: box.width, height: box.height)
        return try CellDropout.paintedOut(decoded.image.cropped(to: region).gray8(), cell: cell).scaled(by: zoom).pngData()
    }

    /// The whole width of the page over a record's row (`top`, `height`) at half size, the cell `frame` drawn in
    /// red when it is on this page (`RowStrip`).
    public static func row(page: URL, top: Int, height: Int, frame: PixelRect?, pages: PageCache? = nil) throws(ImagingError) -> Data {
        try RowStrip(page: page, top: top, height: height).png(scale: 0.5, frame: frame, pages: pages)
    }

    private static func clipped(_ region: PixelRect, to image: borrowing LeptonicaImage, page: URL) throws(ImagingError) -> PixelRect {
        let x = max(0, region.x), y = max(0, region.y)
        let width = min(image.width, region.x + region.width) - x
        let height = min(image.height, region.y + region.height) - y
        guard width > 0, height > 0 else { throw ImagingError("crop a cell outside its page \(page.path)") }
        return PixelRect(x: x, y: y, width: width, height: height)
    }
}

extension PixelRect {
    /// The rectangle grown by `margin` on every side.
    func expanded(by margin: Int) -> PixelRect {
        PixelRect(x: x - margin, y: y - margin, width: width + 2 * margin, height: height + 2 * margin)
    }
}
