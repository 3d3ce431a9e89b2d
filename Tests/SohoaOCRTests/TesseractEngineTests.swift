import Foundation
import SohoaImaging
import SohoaOCR
import Testing

/// The engine links, loads Debian's `vie` model and reads Vietnamese as NFC text, on a printed cell of a sample page.
@Suite struct TesseractEngineTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Where `samples/truth.json` puts the husband's name of the first record of the KH book, and what it says.
    static func firstHusbandCell() throws -> (region: PixelRect, text: String) {
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent("samples/truth.json")))
        let book = (truth as? [String: Any]).flatMap { ($0["books"] as? [String: Any])?["kh-namdinh-2009-01"] as? [String: Any] }
        let file = try #require((book?["files"] as? [[String: Any]])?.first { $0["file"] as? String == "0001.png" })
        let page = try #require(((file["frames"] as? [[String: Any]])?.first?["pages"] as? [[String: Any]])?.first)
        let grid = try #require(page["grid"] as? [String: Any])
        let row = try #require((grid["rows"] as? [[Double]])?.first)
        let column = try #require((grid["columns"] as? [[String: Any]])?.first { ($0["fields"] as? [String]) == ["chongHoTen"] })
        let map = try #require(page["pageToImage"] as? [[Double]])
        let (x0, x1) = (try #require(column["x0"] as? Double), try #require(column["x1"] as? Double))
        let corners = [(x0, row[0]), (x1, row[0]), (x0, row[1]), (x1, row[1])].map { x, y in
            (map[0][0] * x + map[0][1] * y + map[0][2], map[1][0] * x + map[1][1] * y + map[1][2])
        }
        let inset = 12.0  // keep the ruling lines out of the region
        let left = corners.map(\.0).min()! + inset, right = corners.map(\.0).max()! - inset
        let top = corners.map(\.1).min()! + inset, bottom = corners.map(\.1).max()! - inset
        let record = try #require((book?["records"] as? [[String: Any]])?.first)
        let text = try #require(((record["fields"] as? [String: Any])?["chongHoTen"] as? [String: Any])?["text"] as? String)
        #expect(record["hand"] as? String == "printed")
        return (PixelRect(x: Int(left), y: Int(top), width: Int(right - left), height: Int(bottom - top)), text)
    }

    @Test func readsAPrintedNameOfASamplePage() throws {
        let cell = try Self.firstHusbandCell()
        let engine = try TesseractEngine(language: "vie")
        let image = try ScanDecoder.decode(path: Self.root.appendingPathComponent("samples/batch/kh-namdinh-2009-01/0001.png").path, frame: 0)
        let declared = image.declaredDPI
        let dpi = try #require(declared)
        let reading = try engine.read(image, dpi: dpi, region: cell.region, segmentation: .singleBlock)
        #expect(reading.text.trimmingCharacters(in: .whitespacesAndNewlines) == cell.text)
        #expect(reading.text.unicodeScalars.elementsEqual(reading.text.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(reading.confidence > 0.8)
        // The same engine, reused for a second region, still reads.
        #expect(try engine.read(image, dpi: dpi, region: cell.region, segmentation: .singleLine).text.contains("Nguy"))
    }

    @Test func anUnknownLanguageIsAClearError() {
        #expect {
            _ = try TesseractEngine(language: "xx-not-a-language")
        } throws: { error in
            String(describing: error).contains("xx-not-a-language")
        }
    }
}
