public import SohoaImaging

/// Reads the printed page number (`trangSo`) near the bottom outer corner of an upright ledger page.
public struct PageNumberReader {
    /// The share of the page height, from the bottom, where the number is printed.
    static let band = 0.12
    /// The share of the page width, from the outer edge, where the number is printed.
    static let corner = 0.3

    public init() {}

    /// Where to look: the outer corner of a known side, both bottom corners of a page whose side is not known yet.
    public enum Corner: Sendable, Equatable { case left, right, either }

    /// What was read: the number, the corner it stands in (which tells a single page's side: the number is printed
    /// at the outer corner), and Tesseract's confidence.
    public struct Reading: Sendable, Equatable {
        public var number: Int
        public var corner: Corner
        public var confidence: Double
    }

    /// The number, or nil when no number is printed there or it cannot be read.
    public func read(
        _ page: borrowing LeptonicaImage, dpi: Int, corner: Corner, engine: borrowing TesseractEngine
    ) throws(OCRError) -> Reading? {
        let height = Int(Double(page.height) * Self.band)
        let width = Int(Double(page.width) * Self.corner)
        let top = page.height - height
        let left = (Corner.left, PixelRegion(x: 0, y: top, width: width, height: height))
        let right = (Corner.right, PixelRegion(x: page.width - width, y: top, width: width, height: height))
        let regions =
            switch corner {
            case .left: [left]
            case .right: [right]
            case .either: [left, right]
            }
        var best: Reading?
        for (place, region) in regions {
            let reading = try engine.read(page, dpi: dpi, region: region, segmentation: .sparse, characters: "0123456789")
            let digits = reading.text.split(whereSeparator: \.isWhitespace).filter { !$0.isEmpty }
            guard digits.count == 1, let word = digits.first, word.count <= 4, let number = Int(word), number > 0 else { continue }
            if reading.confidence > (best?.confidence ?? 0) { best = Reading(number: number, corner: place, confidence: reading.confidence) }
        }
        return best
    }
}
