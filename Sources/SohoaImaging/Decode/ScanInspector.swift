public import SohoaCore

/// Checks a scan file end to end the way ingest needs it: recognise the container, read every frame's header,
/// refuse frames over the pixel limit before anything is allocated, then decode each frame with the format's own
/// library (libtiff strip by strip, libpng whole) to prove that it is whole, refuse a frame that cannot be a ledger page
/// (`LedgerPageSize`), and report what was found.
public struct ScanInspector: Sendable {
    public var pixelLimit: PixelLimit

    /// The sample layouts a scan can have (gray, gray+alpha, RGB, RGBA; a palette stores one index per pixel).
    static let readableSamples = 1...4
    static let readableBits: Set = [1, 2, 4, 8, 16]

    public init(pixelLimit: PixelLimit = .default) {
        self.pixelLimit = pixelLimit
    }

    /// What one file holds: its format and, per frame, the facts or why that frame was refused.
    public struct Inspection: Sendable {
        public var format: String
        public var frames: [Result<FrameFacts, ImageInputError>]
    }

    /// Inspects the file at `path`. Throws when the file as a whole cannot be taken in; a frame of a multi-page file
    /// that cannot be decoded is refused on its own, in `frames`.
    public func inspect(path: String) throws(ImageInputError) -> Inspection {
        let file = try FileBytes(path: path)
        guard file.size > 0 else { throw ImageInputError(.emptyFile, "the file has zero bytes") }
        guard let format = ImageFileFormat.recognize(try file.head(ImageFileFormat.signatureLength)) else {
            throw ImageInputError(.notAnImage, "the file does not start with a TIFF or PNG signature")
        }
        let geometries = try header(of: file, format: format)
        for frame in geometries where !pixelLimit.allows(width: frame.width, height: frame.height) {
            throw ImageInputError(
                .tooLarge, frame: geometries.count > 1 ? frame.index : nil,
                "\(frame.width)×\(frame.height) pixels exceed the limit of \(pixelLimit.maxPixels / 1_000_000) megapixels"
            )
        }
        for frame in geometries where !Self.readableSamples.contains(frame.samplesPerPixel)
            || !Self.readableBits.contains(frame.bitsPerSample)
        {
            throw ImageInputError(
                .unsupported, frame: geometries.count > 1 ? frame.index : nil,
                "\(frame.samplesPerPixel) sample(s) of \(frame.bitsPerSample) bits per pixel: sohoa reads bilevel, gray, "
                    + "gray with alpha, palette, RGB and RGBA scans of 1 to 16 bits")
        }
        let frames = geometries.map { decode(file, format: format, frame: $0) }
        if frames.count == 1, case .failure(var error) = frames[0] {
            error.frame = nil  // a single-image file is refused as a whole
            throw error
        }
        return Inspection(format: format.rawValue, frames: frames)
    }

    private func header(of file: FileBytes, format: ImageFileFormat) throws(ImageInputError) -> [FrameGeometry] {
        switch format {
        case .tiff: try TIFFProbe.frames(of: file)
        case .png: try PNGProbe.frames(of: file)
        }
    }

    /// Decodes one frame completely, then lets its pixels go: only the facts are kept.
    private func decode(
        _ file: FileBytes, format: ImageFileFormat, frame: FrameGeometry
    ) -> Result<FrameFacts, ImageInputError> {
        let declaredDPI: Int?
        do throws(ImageInputError) {
            switch format {
            case .tiff:
                declaredDPI = try TIFFProbe.verifyPixels(of: file, frame: frame)
            case .png:
                try PNGProbe.verifyPixels(of: file)
                declaredDPI = PNGProbe.declaredDPI(of: file)
            }
        } catch {
            return .failure(error)
        }
        let resolution = ScanResolution.resolve(taggedDPI: declaredDPI, width: frame.width, height: frame.height)
        if let refusal = LedgerPageSize.refusal(
            width: frame.width, height: frame.height, taggedDPI: declaredDPI, resolution: resolution)
        {
            return .failure(ImageInputError(.notAPage, frame: frame.index, refusal))
        }
        return .success(
            FrameFacts(
                index: frame.index, width: frame.width, height: frame.height,
                bitsPerSample: frame.bitsPerSample, samplesPerPixel: frame.samplesPerPixel,
                hasColormap: frame.hasColormap, encoding: frame.encoding, resolution: resolution))
    }
}
