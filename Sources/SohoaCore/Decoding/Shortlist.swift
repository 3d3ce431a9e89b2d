/// The hypotheses of a large vocabulary worth aligning with a reading: a province has thousands of ways to write
/// its units, the name lists thousands of given names, and aligning each with every cell read would cost more than
/// reading the page. The hypotheses sharing the most letter pairs with the reading (marks and spacing aside) are
/// aligned, with the first `alwaysAligned` (the book's own commune and district) always among them.
struct Shortlist: Sendable {
    let hypotheses: [Hypothesis]
    /// The letter pairs of each hypothesis.
    private let pairs: [[UInt32]]
    /// The first this many hypotheses are always aligned.
    private let alwaysAligned: Int
    /// How many of the others are.
    static let kept = 300

    init(hypotheses: [Hypothesis], alwaysAligned: Int) {
        self.hypotheses = hypotheses
        self.alwaysAligned = min(alwaysAligned, hypotheses.count)
        pairs = hypotheses.map { Self.pairs(of: $0.glyphs) }
    }

    /// The hypotheses to align with `reading`.
    func shortlist(for reading: [Glyph]) -> [Hypothesis] {
        guard hypotheses.count > alwaysAligned + Self.kept else { return hypotheses }
        let read = Set(Self.pairs(of: reading))
        let shared = pairs[alwaysAligned...].indices.map { index in (index, pairs[index].count { read.contains($0) }) }
        let best = shared.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(Self.kept).map(\.0).sorted()
        return Array(hypotheses[..<alwaysAligned]) + best.map { hypotheses[$0] }
    }

    /// The pairs of adjacent letters and digits of `glyphs`, without marks, spaces or punctuation between them.
    static func pairs(of glyphs: [Glyph]) -> [UInt32] {
        let bases = glyphs.filter { !$0.separates }.map(\.base.value)
        return zip(bases, bases.dropFirst()).map { $0 &* 0x10000 &+ $1 }
    }
}
