/// What the rest of the book says a field probably holds: the values its column was given where they were read
/// with certainty. A commune's birth register names the same commune, the same ethnic group, the same nationality
/// again and again; a field the recogniser could hardly read is most likely one of those. The book's counts
/// re-weigh the field's candidates (and bring the book's commonest values among them), which changes what a person
/// is offered first, never what is accepted.
public enum BookPriors {
    /// At least this many accepted values of a column before the book is listened to.
    static let minimumEvidence = 5
    /// The weight a value gets before anything is counted, and the probability a value the decoder did not propose
    /// is given: small, so that a clear reading still wins.
    static let smoothing = 0.5
    static let unproposed = 0.01

    /// What the country says of the ethnic group while the book has accepted none: Kinh, the group of most people
    /// (85% in the 2019 census), counted as the least evidence the book is listened to with. It changes what is
    /// offered first, never what is accepted; a book of another group says so as soon as one of its values is read.
    public static let nationalEthnicGroups = ["Kinh": minimumEvidence]

    /// `candidates` re-weighed by `counts` (value → how many of the book's accepted fields of the kind hold it), at
    /// most five; `isValid` says which values may stand in the column: a reading that may not (`ŒĐ& Tin,` for an
    /// ethnic group) is no value to offer once the book proposes some.
    public static func rerank(
        _ candidates: [FieldCandidate], counts: [String: Int], isValid: (String) -> Bool
    ) -> [FieldCandidate] {
        let total = counts.values.reduce(0, +)
        guard total >= minimumEvidence else { return candidates }
        let common = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(3).map(\.key)
        var weights: [String: Double] = [:]
        for candidate in candidates { weights[candidate.value, default: 0] += candidate.p }
        for value in common where weights[value] == nil { weights[value] = unproposed }
        let kinds = Double(max(counts.count, 1))
        // In the values' order, not the dictionary's: a sum's last bits must not depend on the process's hashing.
        let reweighed = weights.sorted { $0.key < $1.key }.filter { isValid($0.key) }.map { value, p in
            (value, p * (Double(counts[value] ?? 0) + smoothing) / (Double(total) + smoothing * kinds))
        }
        let sum = reweighed.reduce(0) { $0 + $1.1 }
        guard sum > 0 else { return candidates }
        return reweighed.map { FieldCandidate(value: $0.0, p: $0.1 / sum) }
            .sorted { ($0.p, $1.value) > ($1.p, $0.value) }
            .prefix(CandidateRanking.kept).map { $0 }
    }
}
