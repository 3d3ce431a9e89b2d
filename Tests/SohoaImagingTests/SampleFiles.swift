import Foundation
import SohoaImaging
import Testing

/// The committed sample scans and what `samples/truth.json` says of each.
enum SampleFiles {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// The folder holding `batch/` and `truth.json`: the committed samples, or another generated set named by
    /// `SOHOA_SAMPLES` (e.g. `scripts/make-samples --seed 7 --out /tmp/s7`) to measure on data the tests never saw.
    static let samples = ProcessInfo.processInfo.environment["SOHOA_SAMPLES"].map { URL(fileURLWithPath: $0) }
        ?? repository.appendingPathComponent("samples")

    struct Entry: CustomTestStringConvertible, Sendable {
        var book: String
        var file: String
        var format: String
        var variant: String?
        var rejected: String?
        var frames: [Frame]
        /// How the book was scanned: `flatbed`, `photographed` or `single`.
        var scan: String
        var url: URL { samples.appendingPathComponent("batch/\(book)/\(file)") }
        var testDescription: String { "\(book)/\(file) \(variant ?? rejected ?? "")" }
    }

    struct Frame: Decodable, Sendable {
        var width: Int
        var height: Int
        var bitsPerSample: Int
        var samplesPerPixel: Int
        var dpiTag: Int?
        var trueDpi: Int
        var kind: String
        var rotation: Int
        var skewDegrees: Double
        var gutter: Gutter?
        var pages: [Page]
    }

    struct Page: Decodable, Sendable {
        var side: String
        var pageNumber: Int
        var grid: Grid
        /// The affine map from the upright page (at the true dpi) to the stored image: [[a, b, c], [d, e, f]].
        var pageToImage: [[Double]]

        /// The page's size in the stored image, in pixels: A4 at `dpi`, scaled as the scan scaled it.
        func sizeInImage(dpi: Int) -> (width: Double, height: Double) {
            let (a4Width, a4Height) = (210 / 25.4 * Double(dpi), 297 / 25.4 * Double(dpi))
            let xScale = (pageToImage[0][0] * pageToImage[0][0] + pageToImage[1][0] * pageToImage[1][0]).squareRoot()
            let yScale = (pageToImage[0][1] * pageToImage[0][1] + pageToImage[1][1] * pageToImage[1][1]).squareRoot()
            return (a4Width * xScale, a4Height * yScale)
        }

        /// The page's paper in a stored image of `width` × `height` pixels scanned at `dpi`, cut to the image.
        func region(inImageOf width: Int, _ height: Int, dpi: Int) -> PixelRect {
            let size = sizeInImage(dpi: dpi)
            let (x, y) = (max(0, Int(pageToImage[0][2])), max(0, Int(pageToImage[1][2])))
            return PixelRect(x: x, y: y, width: min(Int(size.width), width - x), height: min(Int(size.height), height - y))
        }
    }

    struct Grid: Decodable, Sendable {
        var columns: [Column]
        /// Each row's top and bottom, in page pixels.
        var rows: [[Double]]
        var header: [Double]?
    }

    struct Column: Decodable, Sendable {
        var x0: Double
        var x1: Double
    }

    struct Gutter: Decodable, Sendable {
        var xTop: Double
        var xBottom: Double
    }

    private struct Truth: Decodable {
        struct Book: Decodable {
            var files: [File]
            var scan: String
        }
        struct File: Decodable {
            var file: String
            var format: String
            var variant: String?
            var rejected: String?
            var frames: [Frame]?
        }
        var books: [String: Book]
    }

    /// Every file of the sample batch, in a stable order.
    static let all: [Entry] = {
        guard let data = try? Data(contentsOf: samples.appendingPathComponent("truth.json")),
            let truth = try? JSONDecoder().decode(Truth.self, from: data)
        else { return [] }
        return truth.books.sorted { $0.key < $1.key }.flatMap { book, content in
            content.files.map {
                Entry(
                    book: book, file: $0.file, format: $0.format, variant: $0.variant, rejected: $0.rejected,
                    frames: $0.frames ?? [], scan: content.scan)
            }
        }
    }()

    static var valid: [Entry] { all.filter { $0.rejected == nil } }
    static var bad: [Entry] { all.filter { $0.rejected != nil } }

    /// A scratch copy of a file's first `fraction` of bytes.
    static func truncatedCopy(of url: URL, fraction: Double, into folder: URL) throws -> URL {
        let data = try Data(contentsOf: url)
        let copy = folder.appendingPathComponent("cut-\(UUID())-\(url.lastPathComponent)")
        try data.prefix(Int(Double(data.count) * fraction)).write(to: copy)
        return copy
    }
}
