/// How far a reading is from a candidate value: an edit distance whose prices follow how a recogniser errs on
/// handwriting. A changed tone or vowel mark costs less than a changed letter; letters and digits that handwriting
/// makes alike (`1`/`l`/`I`, `0`/`o`, `5`/`s`) less than others; a lost or extra space or punctuation mark little.
/// Where the recogniser itself weighed the candidate's character at that place (a per-symbol runner-up choice), the
/// change costs only as much as the recogniser doubted it.
struct ReadingCost: Sendable {
    /// Prices, in units of one changed letter.
    static let markChange = 0.4
    static let lookalike = 0.6
    static let separator = 0.3

    /// Characters that handwriting and the recogniser confuse, in groups.
    private static let lookalikeGroups: [[Unicode.Scalar]] = [
        ["0", "o", "d", "q"], ["1", "l", "i", "j", "t", "|", "!", "/", "7"], ["2", "z"], ["3", "b", "8"], ["4", "a", "h", "y"],
        ["5", "s"], ["6", "b", "g"], ["9", "g", "q"], ["u", "v", "n", "y"], ["m", "n", "r"], ["c", "e", "(", "o"],
        ["k", "h"], ["y", "g"],
    ]
    /// For each character of a group, the groups it is in (one bit each).
    private static let lookalikes: [Unicode.Scalar: UInt32] = {
        var groups: [Unicode.Scalar: UInt32] = [:]
        for (index, group) in lookalikeGroups.enumerated() {
            for scalar in group { groups[scalar, default: 0] |= 1 << UInt32(index) }
        }
        return groups
    }()

    /// The reading's runner-up characters: at each position of the reading, the characters the recogniser weighed
    /// there and its confidence in each (0–1).
    var runnersUp: [Int: [(glyph: Glyph, confidence: Double)]] = [:]
    /// How much every change costs over its price: 1 for a reading the recogniser was not sure of at all, up to 6
    /// for one it was sure of (`firmness(confidence:)`): a sure reading is far less likely to hide another value.
    var firmness = 1.0

    /// The firmness of a reading whose least sure word has `confidence` (0–1): Tesseract is unsure of most
    /// handwriting, and a middling confidence there says little.
    static func firmness(confidence: Double) -> Double {
        let sure = min(max(confidence, 0), 1)
        return 1 + 5 * sure * sure
    }

    /// The same prices for the reading's characters from `start` on (position 0 is the reading's `start`), or, with
    /// `reversed`, for the reading of `length` characters turned back to front.
    func part(from start: Int = 0, reversedLength length: Int? = nil) -> ReadingCost {
        var moved: [Int: [(glyph: Glyph, confidence: Double)]] = [:]
        for (position, choices) in runnersUp {
            if let length { moved[length - 1 - position] = choices } else if position >= start { moved[position - start] = choices }
        }
        return ReadingCost(runnersUp: moved, firmness: firmness)
    }

    /// The price of reading `read`, with the runner-up `choices` at its place, where `meant` was written.
    @inline(__always)
    func substitution(_ read: Glyph, runnersUp choices: [(glyph: Glyph, confidence: Double)]?, for meant: Glyph) -> Double {
        if read == meant { return 0 }
        var price = firmness
        if read.base == meant.base { price = firmness * Self.markChange }
        else if read.separates && meant.separates { price = firmness * Self.separator }
        else if (read.lookalikes & meant.lookalikes) != 0 { price = firmness * Self.lookalike }
        if let choices, let choice = choices.first(where: { $0.glyph == meant }) {
            price = min(price, 1 - choice.confidence)
        }
        return price
    }

    /// The lookalike groups of `base` (one bit each).
    static func lookalikeGroups(of base: Unicode.Scalar) -> UInt32 { lookalikes[base] ?? 0 }

    /// The price of a character read that was not written, or written and not read.
    func gap(_ glyph: Glyph) -> Double { firmness * (glyph.separates ? Self.separator : 1) }

    /// The cheapest alignment of the whole reading with the whole candidate.
    /// Past `limit` the alignment is given up and the cost is infinite: a hypothesis that far off will not count.
    func cost(of reading: [Glyph], against candidate: [Glyph], limit: Double = .infinity) -> Double {
        align(reading, candidate, skippingPrefix: nil, limit: limit).cost
    }

    /// The cheapest alignment of the candidate with the end of the reading, the reading's first characters left out
    /// at `skip` each (letters) or the separator price: a hamlet or a facility before the units a place names.
    /// Returns the cost and how many of the reading's characters were left out.
    func costOfEnd(of reading: [Glyph], against candidate: [Glyph], skip: Double, limit: Double = .infinity) -> (cost: Double, skipped: Int) {
        align(reading, candidate, skippingPrefix: skip, limit: limit)
    }

    private func align(
        _ reading: [Glyph], _ candidate: [Glyph], skippingPrefix skip: Double?, limit: Double
    ) -> (cost: Double, skipped: Int) {
        let columns = candidate.count + 1
        // Two rows of costs and of where each alignment began, on the stack: this runs for thousands of hypotheses.
        return withUnsafeTemporaryAllocation(of: Double.self, capacity: 2 * columns) { costs in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * columns) { starts in
                var (previous, current) = (0, columns)
                costs[0] = 0
                for j in 0..<(2 * columns) { starts[j] = 0 }
                for j in 1..<columns { costs[j] = costs[j - 1] + gap(candidate[j - 1]) }
                guard !reading.isEmpty else { return (costs[columns - 1], 0) }
                for i in 1...reading.count {
                    let read = reading[i - 1]
                    let choices = runnersUp.isEmpty ? nil : runnersUp[i - 1]
                    let leave = skip.map { read.separates ? min($0, firmness * Self.separator) : $0 }
                    let readGap = gap(read)
                    let dropped = costs[previous] + readGap
                    if let leave, costs[previous] + leave <= dropped {
                        costs[current] = costs[previous] + leave
                        starts[current] = i
                    } else {
                        costs[current] = dropped
                        starts[current] = starts[previous]
                    }
                    var rowLowest = costs[current]
                    for j in 1..<columns {
                        let meant = candidate[j - 1]
                        var best = costs[previous + j - 1] + substitution(read, runnersUp: choices, for: meant)
                        var start = starts[previous + j - 1]
                        let extra = costs[previous + j] + readGap
                        if extra < best { (best, start) = (extra, starts[previous + j]) }
                        let missing = costs[current + j - 1] + gap(meant)
                        if missing < best { (best, start) = (missing, starts[current + j - 1]) }
                        costs[current + j] = best
                        starts[current + j] = start
                        rowLowest = min(rowLowest, best)
                    }
                    // Every alignment from here on costs at least its row's cheapest cell.
                    if rowLowest > limit { return (.infinity, 0) }
                    swap(&previous, &current)
                }
                return (costs[previous + columns - 1], starts[previous + columns - 1])
            }
        }
    }
}
