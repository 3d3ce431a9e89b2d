public import SohoaCore

/// Checks a scan file end to end the way ingest needs it: recognise the container, read every frame's header,
/// refuse frames over the pixel limit before anything is allocated, then decode each frame (one at a time) to prove
/// that it is whole, and report what was found.
public struct ScanInspector: Sendable {
    public var pixelLimit: PixelLimit

    public init(pixelLimit: PixelLimit = .default) {
        self.pixelLimit = pixelLimit
    }

    /// What one file holds: its format and, per frame, the facts or why that frame was refused.
    public struct Inspection: Sendable {
        public var format: String
        public var frames: [Result<FrameFacts, ImageInputError>]
    }

    /// Inspects the file at `path`. Throws when the file as a whole cannot be taken in.
    public func inspect(path: String) throws(ImageInputError) -> Inspection {
        let file = try FileBytes(path: path)
        guard file.size > 0 else { throw ImageInputError(.emptyFile, "the file has zero bytes") }
        guard let format = ImageFileFormat.recognize(try file.head(ImageFileFormat.signatureLength)) else {
            throw ImageInputError(.notAnImage, "the file does not start with a TIFF or PNG signature")
        }
        let geometries = try header(of: file, format: format)
        for frame in geometries where !pixelLimit.allows(width: frame.width, height: frame.height) {
            throw ImageInputError(
                .tooLarge, frame: frame.index,
                "\(frame.width)×\(frame.height) pixels exceed the limit of \(pixelLimit.maxPixels / 1_000_000) megapixels"
            )
        }
        return Inspection(format: format.rawValue, frames: geometries.map { decode(file, format: format, frame: $0) })
    }

    private func header(of file: FileBytes, format: ImageFileFormat) throws(ImageInputError) -> [FrameGeometry] {
        switch format {
        case .tiff: try TIFFProbe.frames(of: file)
        case .png: try PNGProbe.frames(of: file)
        }
    }

    private func decode(
        _ file: FileBytes, format: ImageFileFormat, frame: FrameGeometry
    ) -> Result<FrameFacts, ImageInputError> {
        guard let pix = ScanDecoder.decode(path: file.path, format: format, frame: frame.index) else {
            return .failure(ImageInputError(.corrupt, frame: frame.index, "the \(frame.encoding) image data cannot be decoded"))
        }
        guard pix.width == frame.width, pix.height == frame.height else {
            return .failure(
                ImageInputError(
                    .corrupt, frame: frame.index,
                    "decoded \(pix.width)×\(pix.height) pixels, the header declares \(frame.width)×\(frame.height)"
                ))
        }
        return .success(
            FrameFacts(
                index: frame.index, width: frame.width, height: frame.height,
                bitsPerSample: frame.bitsPerSample, samplesPerPixel: frame.samplesPerPixel,
                hasColormap: frame.hasColormap, encoding: frame.encoding,
                resolution: ScanResolution.resolve(taggedDPI: pix.declaredDPI, width: frame.width, height: frame.height)
            ))
    }
}
