/// What ingest learned about one decoded frame of a scan.
public struct FrameFacts: Sendable, Equatable, Codable {
    /// 0-based index of the frame inside its file (multi-page TIFF); always 0 for PNG.
    public var index: Int
    public var width: Int
    public var height: Int
    /// Bits per sample as stored in the file (1, 8, 16).
    public var bitsPerSample: Int
    /// Samples per pixel as stored in the file (1 gray, 2 gray+alpha, 3 RGB, 4 RGBA).
    public var samplesPerPixel: Int
    /// Whether the file stores a palette.
    public var hasColormap: Bool
    /// The file's own compression or colour type, for the record (e.g. `ccitt-g4`, `lzw`, `png`).
    public var encoding: String
    public var resolution: ScanResolution

    public init(
        index: Int, width: Int, height: Int, bitsPerSample: Int, samplesPerPixel: Int, hasColormap: Bool,
        encoding: String, resolution: ScanResolution
    ) {
        self.index = index
        self.width = width
        self.height = height
        self.bitsPerSample = bitsPerSample
        self.samplesPerPixel = samplesPerPixel
        self.hasColormap = hasColormap
        self.encoding = encoding
        self.resolution = resolution
    }

    /// Pixels in the frame, the quantity the pixel limit is about.
    public var pixelCount: Int { PixelLimit.pixels(width: width, height: height) }
}
