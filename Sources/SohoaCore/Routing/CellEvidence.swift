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
    /// Each word read, in reading order (the words of `lines`), with its confidence.
    public var words: [Word]
    /// The other readings the recogniser weighed, one symbol changed, strongest first.
    public var alternatives: [Alternative]

    /// How sure the reading of one line is.
    public struct LineEvidence: Sendable, Equatable, Codable {
        public var confidence: Double
        public var markRival: Double
        public var rival: Double

        public init(confidence: Double, markRival: Double, rival: Double) {
            (self.confidence, self.markRival, self.rival) = (confidence, markRival, rival)
        }
    }

    /// One word read and its confidence (0–1).
    public struct Word: Sendable, Equatable, Codable {
        public var text: String
        public var confidence: Double

        public init(text: String, confidence: Double) {
            (self.text, self.confidence) = (text, confidence)
        }
    }

    /// One line as the recogniser would have read it with one symbol changed (`Phạm Văn Khánh` for `Phạm Vân Khánh`).
    public struct Alternative: Sendable, Equatable, Codable {
        /// Which line of `lines` it replaces, and which symbol of the reading differs (two alternatives with the same
        /// symbol are choices for one position).
        public var line: Int
        public var symbol: Int
        public var text: String
        /// The recogniser's confidence (0–1) in the changed symbol.
        public var confidence: Double
        /// The changed symbol is the same letter with other marks.
        public var marksOnly: Bool

        public init(line: Int, symbol: Int, text: String, confidence: Double, marksOnly: Bool) {
            (self.line, self.symbol, self.text, self.confidence, self.marksOnly) = (line, symbol, text, confidence, marksOnly)
        }
    }

    public init(
        lines: [String], confidence: Double, markRival: Double = 0, rival: Double = 0, blank: Bool,
        damage: [ReviewReason] = [], perLine: [LineEvidence] = [], words: [Word] = [], alternatives: [Alternative] = []
    ) {
        self.perLine = perLine
        self.words = words
        self.alternatives = alternatives
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
