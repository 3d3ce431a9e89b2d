public import SohoaImaging

/// Reads the printed page number (`trangSo`) near the bottom outer corner of an upright ledger page.
public struct PageNumberReader {
    /// The share of the page height, from the bottom, where the number is printed.
    static let band = 0.12
    /// The share of the page width, from the outer edge, where the number is printed.
    static let corner = 0.3
    /// The share of the width kept away from the page's edges.
    static let edge = 0.03
    /// Below this confidence a reading is no reading: misread numbers (`23` as `2`) come back at 0.1–0.2, right
    /// ones at 0.9 and more.
    public static let minimumConfidence = 0.8

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

    /// The number, or nil when no number is printed there or it cannot be read with confidence. The bottom band
    /// is read word by word, so that a ruling or a stain in the band does not spoil the number beside it.
    public func read(
        _ page: borrowing LeptonicaImage, dpi: Int, corner: Corner, engine: borrowing TesseractEngine
    ) throws(OCRError) -> Reading? {
        // The page's own edges (a photographed book's paper stack, the fill beyond a cut) are kept out of the band.
        let edge = Int(Double(page.width) * Self.edge)
        let height = Int(Double(page.height) * Self.band)
        let band = PixelRect(x: edge, y: page.height - height, width: page.width - 2 * edge, height: height - edge)
        let outer = Double(page.width) * Self.corner
        let candidates = try engine.words(page, dpi: dpi, region: band, segmentation: .sparse, characters: "0123456789")
            .compactMap { word -> Reading? in
                guard word.confidence >= Self.minimumConfidence, (1...4).contains(word.text.count),
                    word.text.allSatisfy(\.isNumber), let number = Int(word.text), number > 0
                else { return nil }
                let center = Double(word.box.x) + Double(word.box.width) / 2
                let place: Corner =
                    center <= outer ? .left : (center >= Double(page.width) - outer ? .right : .either)
                guard place != .either, corner == .either || corner == place else { return nil }
                return Reading(number: number, corner: place, confidence: word.confidence)
            }
        return candidates.max { $0.confidence < $1.confidence }
    }
}
