import Foundation
import SohoaImaging
import SohoaOCR

/// A rotation-0 frame of `samples/batch`, made upright for OCR, with every cell of its records: where it is in the
/// prepared page and what `samples/truth.json` says is written in it.
struct LedgerSample: ~Copyable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// One cell of a record: its column's fields, their texts and damage, and its rectangle in the prepared page.
    struct Cell: Sendable {
        var side: String
        var row: Int
        var fields: [String]
        var texts: [String]
        var damaged: Bool
        var hand: String
        var region: PixelRect

        /// What is written, wrapped lines and stacked fields joined by one space (as the truth joins them).
        var text: String { texts.filter { !$0.isEmpty }.joined(separator: " ") }
        var name: String { "\(side) r\(row) \(fields.joined(separator: "+"))" }
        /// Numbers, birth and death dates, sex and ethnic group fit on one line: read as a line. Everything else may
        /// wrap (names and "Việt Nam" do, in these narrow columns; a registration date may be written out in words)
        /// or stacks two fields ("name / relation"): read as a block.
        var segmentation: PageSegmentation {
            let oneLine = ["so", "gbtSo", "GioiTinh", "DanToc", "NgaySinh", "NgayChet", "GioPhutChet"]
            return fields.count == 1 && fields.allSatisfy { field in oneLine.contains { field.hasSuffix($0) } }
                ? .singleLine : .singleBlock
        }
    }

    /// 8-bit gray, turned so that the page grid is upright (photographed frames are skewed a few degrees).
    let image: LeptonicaImage
    let dpi: Int
    let cells: [Cell]
    let pageNumbers: [Int]

    /// Frame 0 of `file` in `book`, cells inset by `inset` pixels so the ruling lines stay out.
    init(book bookID: String, file fileName: String, inset: Double = 4) throws {
        let truth = try JSONDecoder().decode(
            Truth.self, from: Data(contentsOf: Self.root.appendingPathComponent("samples/truth.json")))
        guard let book = truth.books[bookID], let file = book.files.first(where: { $0.file == fileName }),
            let frame = file.frames?.first, frame.rotation == 0
        else { throw SampleError("no rotation-0 frame 0 of \(bookID)/\(fileName) in the truth") }
        let decoded = try ScanDecoder.decode(
            path: Self.root.appendingPathComponent("samples/batch/\(bookID)/\(fileName)").path, frame: 0)
        let gray = try decoded.gray8()
        // The frame's skew, from the page axes' directions in the image; turning clockwise by it makes rows level.
        guard let map = frame.pages.first?.pageToImage, map.count == 2, map.allSatisfy({ $0.count == 3 }) else {
            throw SampleError("no page map for \(bookID)/\(fileName)")
        }
        let turn = (atan2(-map[1][0], map[0][0]) + atan2(map[0][1], map[1][1])) / 2
        let center = (Double(gray.width / 2), Double(gray.height / 2))
        let turned = abs(turn) > 0.05 * .pi / 180
        func toPrepared(_ x: Double, _ y: Double, _ m: [[Double]]) -> (Double, Double) {
            let (u, v) = (m[0][0] * x + m[0][1] * y + m[0][2], m[1][0] * x + m[1][1] * y + m[1][2])
            guard turned else { return (u, v) }
            let (dx, dy) = (u - center.0, v - center.1)
            return (center.0 + cos(turn) * dx - sin(turn) * dy, center.1 + sin(turn) * dx + cos(turn) * dy)
        }
        var cells: [Cell] = []
        for page in frame.pages {
            for record in book.records
            where record.source.contains(where: {
                $0.file == fileName && $0.frame == 0 && $0.side == page.side
            }) {
                guard page.grid.rows.indices.contains(record.row - 1) else { continue }
                let rows = page.grid.rows[record.row - 1]
                for column in page.grid.columns {
                    let corners = [(column.x0, rows[0]), (column.x1, rows[0]), (column.x0, rows[1]), (column.x1, rows[1])]
                        .map { toPrepared($0.0, $0.1, page.pageToImage) }
                    let (xs, ys) = (corners.map(\.0), corners.map(\.1))
                    guard let left = xs.min(), let right = xs.max(), let top = ys.min(), let bottom = ys.max() else {
                        continue
                    }
                    // The inner rectangle of a turned quadrilateral: the corners' inner coordinates.
                    let innerLeft = max(corners[0].0, corners[2].0), innerRight = min(corners[1].0, corners[3].0)
                    let innerTop = max(corners[0].1, corners[1].1), innerBottom = min(corners[2].1, corners[3].1)
                    let (x0, x1) = turned ? (innerLeft, innerRight) : (left, right)
                    let (y0, y1) = turned ? (innerTop, innerBottom) : (top, bottom)
                    let fields = column.fields.map { record.fields[$0] }
                    cells.append(
                        Cell(
                            side: page.side, row: record.row, fields: column.fields,
                            texts: fields.map { $0?.text ?? "" }, damaged: fields.contains { $0?.damage != nil },
                            hand: record.hand,
                            region: PixelRect(
                                x: Int((x0 + inset).rounded(.up)), y: Int((y0 + inset).rounded(.up)),
                                width: Int(x1 - x0 - 2 * inset), height: Int(y1 - y0 - 2 * inset))))
                }
            }
        }
        if turned { image = try gray.rotated(clockwise: turn * 180 / .pi) } else { image = gray }
        dpi = frame.trueDpi
        self.cells = cells
        pageNumbers = frame.pages.compactMap(\.pageNumber)
    }

    struct SampleError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The part of `truth.json` these tests use.
    struct Truth: Decodable {
        var books: [String: Book]
        struct Book: Decodable {
            var files: [File]
            var records: [Record]
        }
        struct File: Decodable {
            var file: String
            var frames: [Frame]?
        }
        struct Frame: Decodable {
            var trueDpi: Int
            var rotation: Int
            var pages: [Page]
        }
        struct Page: Decodable {
            var side: String
            var pageNumber: Int?
            var pageToImage: [[Double]]
            var grid: Grid
        }
        struct Grid: Decodable {
            var rows: [[Double]]
            var columns: [Column]
        }
        struct Column: Decodable {
            var fields: [String]
            var x0: Double
            var x1: Double
        }
        struct Record: Decodable {
            var row: Int
            var hand: String
            var source: [Source]
            var fields: [String: Field]
        }
        struct Source: Decodable {
            var file: String
            var frame: Int
            var side: String
        }
        struct Field: Decodable {
            var text: String
            var damage: String?
        }
    }
}
