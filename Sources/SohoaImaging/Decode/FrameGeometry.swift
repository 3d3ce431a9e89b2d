/// A frame's size and sample layout as its file header declares them, known before any pixel is decoded.
struct FrameGeometry: Sendable, Equatable {
    var index: Int
    var width: Int
    var height: Int
    var bitsPerSample: Int
    var samplesPerPixel: Int
    var hasColormap: Bool
    var encoding: String
}
