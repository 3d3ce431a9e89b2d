import CLeptonica
import SohoaCore

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

    static func decode(path: String, format: ImageFileFormat, frame: Int) -> LeptonicaImage? {
        LibraryDiagnostics.install()
        switch format {
        case .tiff: return LeptonicaImage(taking: pixReadTiff(path, l_int32(frame)))
        case .png: return frame == 0 ? LeptonicaImage(taking: pixRead(path)) : nil
        }
    }
}
