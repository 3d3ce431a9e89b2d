import SohoaCore
import CPNG

/// Reads a PNG's header through libpng's simplified API (no pixel decoded) and finds files cut before their end.
enum PNGProbe {
    /// The IEND chunk every complete PNG ends with: zero length, type, CRC.
    static let endChunk: [UInt8] = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]

    static func frames(of file: FileBytes) throws(ImageInputError) -> [FrameGeometry] {
        var image = png_image()
        image.version = CPNG_imageVersion()
        defer { png_image_free(&image) }
        guard png_image_begin_read_from_file(&image, file.path) != 0 else {
            let message = withUnsafeBytes(of: image.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            throw ImageInputError(file.size < 64 ? .truncated : .corrupt, "libpng cannot read the header: \(message)")
        }
        let format = image.format
        let frame = FrameGeometry(
            index: 0,
            width: Int(image.width),
            height: Int(image.height),
            bitsPerSample: CPNG_formatIsLinear(format) != 0 ? 16 : 8,
            samplesPerPixel: (CPNG_formatHasColor(format) != 0 ? 3 : 1) + (CPNG_formatHasAlpha(format) != 0 ? 1 : 0),
            hasColormap: CPNG_formatHasColormap(format) != 0,
            encoding: "png"
        )
        guard try file.tail(endChunk.count) == endChunk else {
            throw ImageInputError(.truncated, "the file (\(file.size) bytes) does not end with the PNG end chunk")
        }
        return [frame]
    }
}
