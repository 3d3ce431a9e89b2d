/// What a reference list says of a reading whose tone marks have near rivals (`Nhi`, rival `Nhỉ`): when the reading
/// is known (a name, a place, a relation) and no reading the near rivals of its one doubtful symbol would make is, the
/// list tells the reading from its rivals and the marks are not in doubt. With two doubtful symbols, or a rival that
/// is known too (`Vân` and `Văn`), they stay in doubt. Only readings the recogniser weighed are tried; nothing is
/// rewritten.
struct MarkRivals {
    let evidence: CellEvidence
    /// Mark rivals at this confidence or above are near (the policy's mark-rival limit).
    let limit: Double

    /// Whether the near mark rivals of line `line` (nil: of the whole cell, its lines joined) are settled: one symbol
    /// in doubt, and every value its rivals would make unknown to `isKnown`.
    func areSettled(line: Int?, isKnown: (String) -> Bool) -> Bool {
        let near = evidence.alternatives.filter { $0.marksOnly && $0.confidence >= limit && (line == nil || $0.line == line) }
        guard Set(near.map(\.symbol)).count == 1 else { return false }
        return !RivalReadings(evidence: evidence).readings(line: line) { $0.marksOnly && $0.confidence >= limit }
            .contains { $0.map(isKnown) ?? true }
    }
}
