import CLeptonica
import SohoaCore
import Synchronization

/// Decodes one frame of a TIFF or PNG into a Leptonica image, the form every stage after ingest works on.
/// Ingest has already proven the file whole and within the pixel limit; this only reads it.
public enum ScanDecoder {
    /// Reads frame `frame` (0-based) of the scan at `path`.
    public static func decode(path: String, frame: Int) throws(ImageInputError) -> LeptonicaImage {
        let file = try FileBytes(path: path)
        guard let format = ImageFileFormat.recognize(try file.head(ImageFileFormat.signatureLength)) else {
            throw ImageInputError(.notAnImage, "the file does not start with a TIFF or PNG signature")
        }
        guard let image = decode(path: path, format: format, frame: frame) else {
            throw ImageInputError(.corrupt, frame: frame, "Leptonica cannot decode frame \(frame)")
        }
        return image
    }

    /// Reads frame `frame` of the scan at `path` as 8-bit gray (`bilevel`: whether it was). Only one call at a
    /// time in the process decodes (`decoding`): Leptonica reads a JPEG-compressed colour TIFF through a full 4-byte
    /// raster and then its 4-byte image, about 130 MB at once for an A3 spread at 250 dpi, and two workers doing so
    /// together made the whole run's peak memory (`scripts/bench`: 412 MB, against about 230 MB for everything else).
    public static func decodeGray(path: String, frame: Int, bilevel: inout Bool) throws -> LeptonicaImage {
        try decoding.withLock { _ in
            let image = try decode(path: path, frame: frame)
            bilevel = image.depth == 1
            return try image.gray8()
        }
    }

    private static let decoding = Mutex(())

    static func decode(path: String, format: ImageFileFormat, frame: Int) -> LeptonicaImage? {
        LibraryDiagnostics.install()
        switch format {
        case .tiff: return LeptonicaImage(taking: pixReadTiff(path, l_int32(frame)))
        case .png: return frame == 0 ? LeptonicaImage(taking: pixRead(path)) : nil
        }
    }
}
