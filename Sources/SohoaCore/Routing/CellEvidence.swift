/// What the recogniser and the image measures found in one cell: the input of routing, free of any image type.
public struct CellEvidence: Sendable, Equatable, Codable {
    /// The NFC text of each line read, top to bottom.
    public var lines: [String]
    /// The lowest word confidence of the reading (0–1), 0 when nothing was read.
    public var confidence: Double
    /// The confidence (0–1) of the strongest rival a symbol had that differs from it only in a Vietnamese mark.
    public var markRival: Double
    /// The confidence (0–1) of the strongest rival of any kind (another letter or digit).
    public var rival: Double
    /// The cell holds no writing.
    public var blank: Bool
    /// What is wrong with the cell's image (blur, smudge, faded, stain, torn, low-resolution).
    public var damage: [ReviewReason]
    /// The same measures for each line alone, for cells whose lines fill different fields (name, then relation).
    public var perLine: [LineEvidence]

    /// How sure the reading of one line is.
    public struct LineEvidence: Sendable, Equatable, Codable {
        public var confidence: Double
        public var markRival: Double
        public var rival: Double

        public init(confidence: Double, markRival: Double, rival: Double) {
            (self.confidence, self.markRival, self.rival) = (confidence, markRival, rival)
        }
    }

    public init(
        lines: [String], confidence: Double, markRival: Double = 0, rival: Double = 0, blank: Bool,
        damage: [ReviewReason] = [], perLine: [LineEvidence] = []
    ) {
        self.perLine = perLine
        self.lines = lines
        self.confidence = confidence
        self.markRival = markRival
        self.rival = rival
        self.blank = blank
        self.damage = damage
    }

    /// The reading as one line.
    public var text: String { lines.joined(separator: " ").registerText }

    /// A blank cell.
    public static let blankCell = CellEvidence(lines: [], confidence: 1, blank: true)
}
