import CLeptonica
import CPNG
import Foundation
import SohoaCore

/// Reads a PNG through libpng's simplified API: the header without decoding, then (once the pixel limit allows it)
/// every pixel, which is where libpng checks each chunk's CRC and the compressed stream. Leptonica's own PNG reader
/// tolerates damaged data, so it is not the judge of whether a scan is whole.
enum PNGProbe {
    /// The IEND chunk every complete PNG ends with: zero length, type, CRC.
    static let endChunk: [UInt8] = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]

    static func frames(of file: FileBytes) throws(ImageInputError) -> [FrameGeometry] {
        try PNGChunkFraming.check(file)
        var image = png_image()
        image.version = CPNG_imageVersion()
        defer { png_image_free(&image) }
        guard png_image_begin_read_from_file(&image, file.path) != 0 else {
            throw ImageInputError(file.size < 64 ? .truncated : .corrupt, "libpng cannot read the header: \(message(of: image))")
        }
        let format = image.format
        let hasColormap = CPNG_formatHasColormap(format) != 0
        let channels = (CPNG_formatHasColor(format) != 0 ? 3 : 1) + (CPNG_formatHasAlpha(format) != 0 ? 1 : 0)
        let frame = FrameGeometry(
            index: 0,
            width: Int(image.width),
            height: Int(image.height),
            bitsPerSample: CPNG_formatIsLinear(format) != 0 ? 16 : 8,
            samplesPerPixel: hasColormap ? 1 : channels,  // a palette image stores one index per pixel
            hasColormap: hasColormap,
            encoding: "png"
        )
        guard try file.tail(endChunk.count) == endChunk else {
            throw ImageInputError(.truncated, "the file (\(file.size) bytes) does not end with the PNG end chunk")
        }
        return [frame]
    }

    /// Decodes every pixel (as 8-bit samples, palette expanded) to prove the data whole, then lets the pixels go.
    static func verifyPixels(of file: FileBytes) throws(ImageInputError) {
        var image = png_image()
        image.version = CPNG_imageVersion()
        defer { png_image_free(&image) }
        guard png_image_begin_read_from_file(&image, file.path) != 0 else {
            throw ImageInputError(.corrupt, frame: 0, "libpng cannot read the header: \(message(of: image))")
        }
        image.format &= ~UInt32(PNG_FORMAT_FLAG_LINEAR | PNG_FORMAT_FLAG_COLORMAP)
        var pixels = [UInt8](repeating: 0, count: CPNG_imageSize(&image))
        let finished = pixels.withUnsafeMutableBytes { buffer in
            png_image_finish_read(&image, nil, buffer.baseAddress, 0, nil)
        }
        guard finished != 0 else {
            throw ImageInputError(.corrupt, frame: 0, "the image data is damaged: \(message(of: image))")
        }
    }

    /// The resolution the pHYs chunk declares, in dots per inch, or nil.
    static func declaredDPI(of file: FileBytes) -> Int? {
        guard let stream = fopen(file.path, "rb") else { return nil }
        defer { fclose(stream) }
        var x: l_int32 = 0
        var y: l_int32 = 0
        guard fgetPngResolution(stream, &x, &y) == 0, x > 0 else { return nil }
        return Int(x)
    }

    private static func message(of image: png_image) -> String {
        withUnsafeBytes(of: image.message) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
    }
}
