import CPNG
import Foundation
import SohoaStore
import Testing

/// The pixel limit is checked from the header, before any pixel memory is allocated: a 256-megapixel scan is refused
/// by a process that never grows past a fraction of what decoding it takes, and decoded when the limit allows it.
@Suite(.serialized) struct PixelLimitTests {
    static let side = 16_000  // 256 megapixels of 8-bit gray: 256 MB once decoded

    /// A valid, blank 16000 × 16000 gray PNG (a few hundred kB on disk) in a one-book batch.
    static func hugeScanBatch() throws -> URL {
        let batch = SampleBatch.temporaryFolder("huge")
        let book = batch.appendingPathComponent("huge-book")
        try FileManager.default.createDirectory(at: book, withIntermediateDirectories: true)
        try """
            pipeline: ks-ledger
            noiDangKy: "UBND xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa"
            quyenSo: "01/2008"
            namMoSo: 2008
            """.write(to: book.appendingPathComponent("book.yaml"), atomically: false, encoding: .utf8)
        var image = png_image()
        image.version = CPNG_imageVersion()
        image.width = UInt32(side)
        image.height = UInt32(side)
        image.format = UInt32(PNG_FORMAT_GRAY)
        let pixels = [UInt8](repeating: 0xFF, count: side * side)
        let written = pixels.withUnsafeBytes { buffer in
            png_image_write_to_file(&image, book.appendingPathComponent("0001.png").path, 0, buffer.baseAddress, 0, nil)
        }
        png_image_free(&image)
        try #require(written != 0, "libpng could not write the test image")
        return batch
    }

    /// The peak resident memory `run` reports for itself (the kernel's VmHWM of the sohoa process), in bytes.
    static func peakMemory(_ output: String) throws -> Int {
        let match = try #require(output.firstMatch(of: /peak memory (\d+) MB/), "no peak memory in: \(output)")
        return (Int(match.1) ?? 0) * 1_048_576
    }

    @Test func aHugeScanIsRefusedBeforeItIsDecoded() throws {
        let batch = try Self.hugeScanBatch()
        let refused = SampleBatch.temporaryFolder("ws-refused")
        let allowed = SampleBatch.temporaryFolder("ws-allowed")
        defer { [batch, refused, allowed].forEach { try? FileManager.default.removeItem(at: $0) } }
        let decodedBytes = Self.side * Self.side

        let refusal = try ChildProcess.run(["run", batch.path, "--workspace", refused.path])
        #expect(refusal.ending.exitCode == 2)
        let rejection = try StatusJSON.read(workspace: refused).rejected.first
        #expect(rejection?.reason == "too-large")
        #expect(rejection?.detail?.contains("16000×16000") == true)
        #expect(try Self.peakMemory(refusal.output) < decodedBytes / 2)

        let decoding = try ChildProcess.run(["run", batch.path, "--workspace", allowed.path, "--max-megapixels", "300"])
        #expect(decoding.ending.exitCode == 0, "\(decoding.errors)")
        #expect(try StatusJSON.read(workspace: allowed).totals.frames == 1)
        #expect(try Self.peakMemory(decoding.output) > decodedBytes)
    }
}
