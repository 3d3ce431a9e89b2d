import Foundation
import SohoaImaging

/// Every ledger cell of a sample batch as `truth.json` describes it: where it stands in its frame, what is written in
/// it, whose hand, and its damage. Frames are brought upright and level here (turned back by the truth's own rotation
/// and skew), so that a cell is an axis-aligned rectangle, as it is on a prepared page.
struct LedgerCellTruth: Sendable {
    var book: String
    var file: String
    var frame: Int
    var side: String
    var row: Int
    var column: String
    /// `printed` or `handwritten`.
    var hand: String
    /// How the book was scanned: `flatbed`, `photographed` or `single`.
    var scan: String
    /// How the file stores it: `bilevel-g4`, `gray8`, `rgb-jpeg`, ...
    var variant: String
    var dpi: Int
    /// The truth's damage kind, nil for a sound cell.
    var damage: String?
    /// The cell's text, its fields joined by a space; empty for a blank cell.
    var text: String
    /// The cell in page pixels: x0, y0, x1, y1 (the ruling lines' centres).
    var box: [Double]
    /// Page pixels to stored-image pixels.
    var pageToImage: [[Double]]

    var blank: Bool { text.isEmpty }
    var url: URL { SampleFiles.samples.appendingPathComponent("batch/\(book)/\(file)") }

    private struct Truth: Decodable {
        var books: [String: Book]
    }

    private struct Book: Decodable {
        var scan: String
        var files: [File]
        var records: [Record]
    }

    private struct File: Decodable {
        var file: String
        var variant: String?
        var frames: [Frame]?
    }

    private struct Frame: Decodable {
        var trueDpi: Int
        var pages: [Page]
    }

    private struct Page: Decodable {
        var side: String
        var pageToImage: [[Double]]
        var grid: Grid
    }

    private struct Grid: Decodable {
        var rows: [[Double]]
        var columns: [Column]
    }

    private struct Column: Decodable {
        var fields: [String]
        var x0: Double
        var x1: Double
    }

    private struct Record: Decodable {
        var row: Int
        var hand: String
        var source: [Source]
        var fields: [String: Field]
    }

    private struct Source: Decodable {
        var file: String
        var frame: Int
        var side: String
    }

    private struct Field: Decodable {
        var text: String
        var damage: String?
    }

    /// Every cell of every record of the batch in `SampleFiles.samples`, grouped by file and frame.
    static let all: [LedgerCellTruth] = {
        guard let data = try? Data(contentsOf: SampleFiles.samples.appendingPathComponent("truth.json")),
            let truth = try? JSONDecoder().decode(Truth.self, from: data)
        else { return [] }
        var cells: [LedgerCellTruth] = []
        for (name, book) in truth.books.sorted(by: { $0.key < $1.key }) {
            let files = Dictionary(book.files.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
            for record in book.records {
                for source in record.source {
                    guard let file = files[source.file], let frames = file.frames, frames.indices.contains(source.frame),
                        let page = frames[source.frame].pages.first(where: { $0.side == source.side }),
                        page.grid.rows.indices.contains(record.row - 1)
                    else { continue }
                    let rowBand = page.grid.rows[record.row - 1]
                    guard rowBand.count == 2 else { continue }
                    for column in page.grid.columns {
                        let fields = column.fields.compactMap { record.fields[$0] }
                        cells.append(
                            LedgerCellTruth(
                                book: name, file: source.file, frame: source.frame, side: source.side, row: record.row,
                                column: column.fields.first ?? "?", hand: record.hand, scan: book.scan,
                                variant: file.variant ?? "?", dpi: frames[source.frame].trueDpi,
                                damage: fields.compactMap(\.damage).first,
                                text: fields.map(\.text).filter { !$0.isEmpty }.joined(separator: " "),
                                box: [column.x0, rowBand[0], column.x1, rowBand[1]], pageToImage: page.pageToImage))
                    }
                }
            }
        }
        return cells.sorted { ($0.book, $0.file, $0.frame) < ($1.book, $1.file, $1.frame) }
    }()

    /// The cells of one frame.
    struct FrameKey: Hashable, Comparable, Sendable {
        var book: String
        var file: String
        var frame: Int

        static func < (a: FrameKey, b: FrameKey) -> Bool { (a.book, a.file, a.frame) < (b.book, b.file, b.frame) }
    }

    var frameKey: FrameKey { FrameKey(book: book, file: file, frame: frame) }

    /// A frame as 8-bit gray, upright and levelled by the truth's own rotation and skew, and the map from its
    /// stored pixels to the levelled ones.
    struct LevelledFrame: ~Copyable {
        let image: LeptonicaImage
        let rotation: Int
        let skewDegrees: Double
        let storedWidth: Double
        let storedHeight: Double

        init(url: URL, frame: Int, rotation: Int, skewDegrees: Double) throws {
            let stored = try ScanDecoder.decode(path: url.path, frame: frame).gray8()
            let levelled = try Self.level(stored, rotation: rotation, skewDegrees: skewDegrees)
            self.rotation = rotation
            self.skewDegrees = skewDegrees
            storedWidth = Double(stored.width)
            storedHeight = Double(stored.height)
            image = levelled
        }

        private static func level(
            _ stored: borrowing LeptonicaImage, rotation: Int, skewDegrees: Double
        ) throws -> LeptonicaImage {
            if rotation == 180 { return try stored.rotated180().rotated(clockwise: skewDegrees) }
            return try stored.rotated(clockwise: skewDegrees)
        }

        /// Leptonica turns about the image centre; clockwise on screen (y down) is (x, y) -> (x cos - y sin,
        /// x sin + y cos).
        func map(_ x: Double, _ y: Double) -> (Double, Double) {
            let radians = skewDegrees * .pi / 180
            let (cosine, sine) = (cos(radians), sin(radians))
            let (cx, cy) = (Double(Int(storedWidth) / 2), Double(Int(storedHeight) / 2))
            let (ux, uy) = rotation == 180 ? (storedWidth - x, storedHeight - y) : (x, y)
            let (dx, dy) = (ux - cx, uy - cy)
            return (cx + dx * cosine - dy * sine, cy + dx * sine + dy * cosine)
        }
    }

    /// This cell's rectangle in the levelled frame, inside its ruling lines (`inset` pixels in from their centres),
    /// or nil when it does not lie wholly inside the frame.
    func rect(in frame: borrowing LevelledFrame, inset: Double) -> PixelRect? {
        let (width, height) = (frame.image.width, frame.image.height)
        let m = pageToImage
        guard m.count == 2, m[0].count == 3, m[1].count == 3, box.count == 4 else { return nil }
        func corner(_ x: Double, _ y: Double) -> (Double, Double) {
            frame.map(m[0][0] * x + m[0][1] * y + m[0][2], m[1][0] * x + m[1][1] * y + m[1][2])
        }
        let (topLeft, topRight) = (corner(box[0], box[1]), corner(box[2], box[1]))
        let (bottomLeft, bottomRight) = (corner(box[0], box[3]), corner(box[2], box[3]))
        // The page may be stored turned: whichever corner lands left is the left.
        let xs = [topLeft.0, topRight.0, bottomLeft.0, bottomRight.0].sorted()
        let ys = [topLeft.1, topRight.1, bottomLeft.1, bottomRight.1].sorted()
        let (left, right) = (xs[1] + inset, xs[2] - inset)
        let (top, bottom) = (ys[1] + inset, ys[2] - inset)
        guard left >= 0, top >= 0, right <= Double(width), bottom <= Double(height), right - left > 4, bottom - top > 4
        else { return nil }
        let x = Int(left.rounded(.up)), y = Int(top.rounded(.up))
        return PixelRect(x: x, y: y, width: Int(right.rounded(.down)) - x, height: Int(bottom.rounded(.down)) - y)
    }
}
