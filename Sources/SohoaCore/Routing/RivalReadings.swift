/// The readings a cell's rivals would make: its text (or one of its lines) with one symbol replaced by a rival the
/// recogniser weighed. A reference list can then tell whether a rival reading would be a value it knows too.
struct RivalReadings {
    let evidence: CellEvidence

    /// The readings of line `line` (nil: of the whole cell, its lines joined) made by the alternatives `include` keeps;
    /// nil for an alternative of a line the evidence does not have.
    func readings(line: Int?, where include: (CellEvidence.Alternative) -> Bool) -> [String?] {
        evidence.alternatives.filter { include($0) && (line == nil || $0.line == line) }.map { alternative in
            guard evidence.lines.indices.contains(alternative.line) else { return nil }
            var lines = evidence.lines
            lines[alternative.line] = alternative.text
            return (line.map { lines[$0] } ?? lines.joined(separator: " ")).registerText
        }
    }

    /// Whether a rival other than a tone mark, at `floor` or above, would make a reading the list knows too
    /// (`Linh` for `Tinh`): then the list cannot tell the reading from its rival.
    func knownRival(line: Int?, floor: Double, isKnown: (String) -> Bool) -> Bool {
        readings(line: line) { !$0.marksOnly && $0.confidence >= floor }.contains { $0.map(isKnown) ?? true }
    }

    /// Whether a rival at `floor` or above reads one digit of a line as another (`18/GBT` for `48/GBT`): it makes
    /// another date, year or number as valid as the reading, which only a person can tell apart.
    func digitRival(floor: Double) -> Bool {
        evidence.alternatives.contains { alternative in
            guard alternative.confidence >= floor, evidence.lines.indices.contains(alternative.line) else { return false }
            let (read, rival) = (Array(evidence.lines[alternative.line]), Array(alternative.text))
            guard read.count == rival.count else { return false }
            let changed = read.indices.filter { read[$0] != rival[$0] }
            return changed.count == 1 && changed.allSatisfy { read[$0].isASCIIDigit && rival[$0].isASCIIDigit }
        }
    }
}
