import SohoaImaging

/// What the prepare stage records of each page, as JSON in the store: how it was cut and turned, and how good
/// the image is.
struct PreparedPageFacts: Codable {
    var frameKind: FrameAnalysis.Kind
    /// The page's rectangle in the levelled frame, in full-resolution pixels.
    var region: PixelRect
    /// Degrees of lean undone (frame and page together).
    var deskewDegrees: Double
    /// How far (mm) the grid's farthest corner was moved to square a photographed page's grid; 0 when not.
    var squaredMillimetres: Double
    var skewConfidence: Double
    var turnedUpsideDown: Bool
    var orientationConfidence: Double
    var gutterConfidence: Double?
    var quality: PageQuality
    var dpi: Int
}
