import CPNG
import Foundation
import SohoaCore
import SohoaImaging
import Testing

/// Each rejection reason on inputs made for it, beyond the committed bad samples.
@Suite final class ScanInspectorRejectionTests {
    let inspector = ScanInspector()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("inspector-\(UUID())")

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Why the file, or the first of its frames, is refused; nil when all of it is taken in.
    func reason(_ url: URL, inspector: ScanInspector? = nil) -> InputRejection? {
        do {
            let inspection = try (inspector ?? self.inspector).inspect(path: url.path)
            for case .failure(let error) in inspection.frames { return error.reason }
            return nil
        } catch {
            return error.reason
        }
    }

    func scratch(_ bytes: [UInt8], _ name: String) throws -> URL {
        let url = folder.appendingPathComponent("\(UUID())-\(name)")
        try Data(bytes).write(to: url)
        return url
    }

    /// A small valid gray PNG written by libpng itself.
    func grayPNG(width: Int, height: Int) throws -> URL {
        let url = folder.appendingPathComponent("\(UUID()).png")
        var image = png_image()
        image.version = CPNG_imageVersion()
        image.width = UInt32(width)
        image.height = UInt32(height)
        image.format = UInt32(PNG_FORMAT_GRAY)
        let pixels = (0..<(width * height)).map { UInt8(truncatingIfNeeded: $0 &* 2654435761 >> 24) }
        let written = pixels.withUnsafeBytes { png_image_write_to_file(&image, url.path, 0, $0.baseAddress, 0, nil) }
        png_image_free(&image)
        try #require(written != 0)
        return url
    }

    @Test func emptyAndForeignFiles() throws {
        #expect(reason(try scratch([], "empty.tif")) == .emptyFile)
        #expect(reason(try scratch(Array("ngày 12 tháng 3 năm 1987\n".utf8), "note.tif")) == .notAnImage)
        #expect(reason(try scratch([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46, 0x49, 0x46], "photo.png")) == .notAnImage)
        #expect(reason(URL(fileURLWithPath: "/nonexistent/0001.tif")) == .unreadable)
    }

    @Test func aPNGCutAnywhereIsTruncated() throws {
        let png = try grayPNG(width: 900, height: 640)
        #expect(reason(png) == nil)
        for fraction in [0.9, 0.5, 0.1] {
            #expect(reason(try SampleFiles.truncatedCopy(of: png, fraction: fraction, into: folder)) == .truncated, "cut at \(fraction)")
        }
    }

    @Test func aTIFFCutAnywhereIsTruncated() throws {
        let tiffs = SampleFiles.valid.filter { $0.format == "tiff" }
        try #require(!tiffs.isEmpty)
        for sample in tiffs {
            for fraction in [0.97, 0.6, 0.2] {
                let cut = try SampleFiles.truncatedCopy(of: sample.url, fraction: fraction, into: folder)
                #expect(reason(cut) == .truncated, "\(sample.file) cut at \(fraction)")
            }
        }
    }

    @Test func theLimitIsCheckedOnEveryFrameFromTheHeader() throws {
        let png = try grayPNG(width: 3000, height: 2000)
        #expect(reason(png, inspector: ScanInspector(pixelLimit: PixelLimit(maxPixels: 6_000_000))) == nil)
        #expect(reason(png, inspector: ScanInspector(pixelLimit: PixelLimit(maxPixels: 5_999_999))) == .tooLarge)
        let multiPage = try #require(SampleFiles.valid.first { $0.frames.count > 1 })
        let smallest = multiPage.frames.map { $0.width * $0.height }.min() ?? 0
        #expect(reason(multiPage.url, inspector: ScanInspector(pixelLimit: PixelLimit(maxPixels: smallest - 1))) == .tooLarge)
    }

    /// libtiff returns pixels for damaged G4 and JPEG data and only says so in a message; sohoa listens.
    @Test func damagedTIFFDataIsCorruptInEveryCompression() throws {
        let tiffs = SampleFiles.valid.filter { $0.format == "tiff" && $0.variant != "rgb-none" && $0.variant != "gray8-none" }
        try #require(tiffs.count >= 4)
        for sample in tiffs {
            var bytes = Array(try Data(contentsOf: sample.url))
            for index in (bytes.count / 3)..<(bytes.count / 3 + 2000) { bytes[index] ^= 0x5A }
            #expect(reason(try scratch(bytes, sample.file)) == .corrupt, "\(sample.testDescription)")
        }
    }

    @Test func aCorruptPNGBodyIsNotCalledTruncated() throws {
        let png = try grayPNG(width: 900, height: 640)
        var bytes = Array(try Data(contentsOf: png))
        // Scramble the compressed data in the middle, keeping the file's length and its end chunk.
        for index in (bytes.count / 3)..<(bytes.count / 2) { bytes[index] ^= 0x5A }
        let scrambled = try scratch(bytes, "scrambled.png")
        #expect(reason(scrambled) == .corrupt, "\(scrambled.path)")
    }
}
