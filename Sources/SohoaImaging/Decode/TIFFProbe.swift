import SohoaCore
import CTIFF

/// Reads the directories of a TIFF (sizes, bits, compression) without decoding any pixel,
/// and finds files cut short before the data their directories declare.
enum TIFFProbe {
    /// More frames than any register book scan has; a loop in the directory chain stops here.
    static let maxFrames = 10_000
    /// A 2048 × 2048 tile of 16-bit RGBA: no real scan's tile is larger, whatever the frame's size.
    static let largestTileBytes = 2048 * 2048 * 8

    static func frames(of file: FileBytes) throws(ImageInputError) -> [FrameGeometry] {
        LibraryDiagnostics.installLibTIFFHandlers()
        return try readDirectories(of: file)
    }

    /// Decodes every strip of frame `index` and returns its declared dpi. libtiff goes on past damaged G4 or JPEG
    /// data with only a message, so any message while decoding marks the frame corrupt (messages while reading the
    /// directory, such as unknown private tags, do not).
    static func verifyPixels(of file: FileBytes, frame: FrameGeometry) throws(ImageInputError) -> Int? {
        LibraryDiagnostics.installLibTIFFHandlers()
        let index = frame.index
        guard let tiff = TIFFHandle(path: file.path), tiff.select(directory: index) else {
            throw ImageInputError(.corrupt, frame: index, "libtiff cannot read the directory of this frame")
        }
        // One strip or tile holds at most the whole frame, or one tile of the largest kind a scanner writes.
        let frameBytes = PixelLimit.pixels(width: frame.width, height: frame.height)
            .multipliedReportingOverflow(by: max(1, frame.samplesPerPixel * frame.bitsPerSample / 8))
        let byteLimit = max(frameBytes.overflow ? Int.max : frameBytes.partialValue, largestTileBytes)
        let (decoded, messages) = LibraryDiagnostics.collectingLibTIFFMessages { tiff.decodeAllStrips(byteLimit: byteLimit) }
        guard decoded, messages.isEmpty else {
            let reason = messages.first.map { ": \($0)" } ?? ""
            throw ImageInputError(.corrupt, frame: index, "the image data cannot be decoded\(reason)")
        }
        return tiff.declaredDPI
    }

    private static func readDirectories(of file: FileBytes) throws(ImageInputError) -> [FrameGeometry] {
        guard let tiff = TIFFHandle(path: file.path) else {
            if let offset = try firstDirectoryOffset(of: file), offset >= UInt64(file.size) {
                throw ImageInputError(.truncated, "the TIFF directory lies at byte \(offset), past the end of the \(file.size)-byte file")
            }
            throw ImageInputError(.corrupt, "libtiff cannot read the TIFF header or first directory")
        }
        var frames: [FrameGeometry] = []
        while true {
            let index = frames.count
            let frame = try geometry(of: tiff, index: index)
            if let end = tiff.dataEnd(), end > UInt64(file.size) {
                let frame = index == 0 && tiff.isLastDirectory ? nil : index  // name the frame only in multi-page files
                throw ImageInputError(.truncated, frame: frame, "image data reaches byte \(end), the file has \(file.size) bytes")
            }
            frames.append(frame)
            if tiff.isLastDirectory { break }
            guard frames.count < maxFrames else {
                throw ImageInputError(.corrupt, "more than \(maxFrames) frames: the directory chain loops")
            }
            guard tiff.readNextDirectory() else {
                throw ImageInputError(.truncated, frame: frames.count, "the directory of frame \(frames.count) cannot be read")
            }
        }
        return frames
    }

    private static func geometry(of tiff: borrowing TIFFHandle, index: Int) throws(ImageInputError) -> FrameGeometry {
        guard let width = tiff.uint32(TIFFTAG_IMAGEWIDTH), let height = tiff.uint32(TIFFTAG_IMAGELENGTH) else {
            throw ImageInputError(.corrupt, frame: index, "the TIFF directory has no image width or length")
        }
        let compression = tiff.uint16(TIFFTAG_COMPRESSION, defaulted: true) ?? UInt16(COMPRESSION_NONE)
        let photometric = tiff.uint16(TIFFTAG_PHOTOMETRIC)
        return FrameGeometry(
            index: index,
            width: Int(width),
            height: Int(height),
            bitsPerSample: Int(tiff.uint16(TIFFTAG_BITSPERSAMPLE, defaulted: true) ?? 1),
            samplesPerPixel: Int(tiff.uint16(TIFFTAG_SAMPLESPERPIXEL, defaulted: true) ?? 1),
            hasColormap: photometric == UInt16(PHOTOMETRIC_PALETTE),
            encoding: TIFFCompressionName.of(compression)
        )
    }

    /// The offset of the first directory, read from the 8- or 16-byte header, to tell a cut file from a broken one.
    private static func firstDirectoryOffset(of file: FileBytes) throws(ImageInputError) -> UInt64? {
        let header = try file.head(16)
        guard header.count >= 8 else { return nil }
        let littleEndian = header[0] == 0x49
        let isBigTIFF = header[2] == 0x2B || header[3] == 0x2B
        let field = isBigTIFF ? header.dropFirst(8).prefix(8) : header.dropFirst(4).prefix(4)
        guard field.count == (isBigTIFF ? 8 : 4) else { return nil }
        let bytes = littleEndian ? Array(field.reversed()) : Array(field)
        return bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }
}
