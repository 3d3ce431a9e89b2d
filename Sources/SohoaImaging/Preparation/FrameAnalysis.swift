/// What the prepare stage decided about one scanned frame, in the frame's own pixel coordinates.
public struct FrameAnalysis: Sendable, Equatable, Codable {
    /// Whether the frame holds an opened book (two pages) or one page.
    public enum Kind: String, Sendable, Codable { case spread, page }

    public var kind: Kind
    /// How sure the spread-or-page decision is (0–1).
    public var kindConfidence: Double
    /// Degrees the content leans counter-clockwise as a whole; rotating the frame clockwise by it levels it.
    public var skewDegrees: Double
    /// Leptonica's confidence in the skew (its own scale; below 2 is weak).
    public var skewConfidence: Double
    /// Whether the frame was scanned sideways and is turned a quarter clockwise before anything else; skew, page
    /// regions and the gutter are then those of the turned frame.
    public var quarterTurn: Bool
    /// Whether the frame was upside down (the header band below the rows), after any quarter turn.
    public var upsideDown: Bool
    /// How sure the orientation decision is (0–1).
    public var orientationConfidence: Double
    /// The fold of a spread: its x at the top (y = 0) and at the bottom (y = height) of the frame as stored
    /// (turned a quarter first when `quarterTurn`).
    public var gutter: Gutter?
    /// How sure the gutter is (0–1); below the threshold the split goes to a person.
    public var gutterConfidence: Double

    /// A slanted vertical line across the frame.
    public struct Gutter: Sendable, Equatable, Codable {
        public var xTop: Double
        public var xBottom: Double
    }
}

/// Where one page of a frame lies once the frame is levelled, and how much more its own content leans.
public struct PageRegion: Sendable, Equatable, Codable {
    /// The page in the levelled frame (before any 180° turn), in full-resolution pixels.
    public var rect: PixelRect
    /// Degrees the page still leans counter-clockwise once the frame is levelled (photographed pages lie unevenly).
    public var residualSkewDegrees: Double
    public var residualSkewConfidence: Double
    /// Evidence for the page being upside down: positive upside down, negative upright, 0 none.
    public var orientationEvidence: Double
}
