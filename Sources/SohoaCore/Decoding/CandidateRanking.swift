import Foundation

/// Turns what a reading costs against each hypothesis into probabilities: a hypothesis is as likely as its prior
/// times `exp(-cost / temperature)`, against every other one and against the value being none of them (`outside`:
/// a place in another province, a name no list holds), which keeps the probability of a listed value honest when
/// the truth is not listed. Hypotheses that export the same value pool their probability; the outside pools with none.
struct CandidateRanking {
    /// Cost units per factor e of likelihood: one changed letter makes a hypothesis e² less likely.
    static let temperature = 0.5
    /// How many candidates a field carries.
    static let kept = 5

    /// One scored hypothesis.
    struct Scored {
        var value: String
        var cost: Double
        var prior: Double
    }

    /// The candidates, most probable first; the outside value (the reading as it stands) is among
    /// them when it is likely enough, under its own value. The outside never adds to a listed value it happens to
    /// equal: a sex cell read `2` is no written `Nữ`, though `2` is what `Nữ` exports. Its probability is kept out
    /// of every candidate then, and the listed ones stay as likely as the reading makes them.
    static func rank(_ scored: [Scored], outside: Scored?) -> [FieldCandidate] {
        let all = scored + (outside.map { [$0] } ?? [])
        let logits = all.map { log(max($0.prior, 1e-12)) - $0.cost / temperature }
        guard let top = logits.max() else { return [] }
        let listed = Set(scored.map(\.value))
        var total = 0.0
        var byValue: [String: Double] = [:]
        for (index, (hypothesis, logit)) in zip(all, logits).enumerated() {
            let weight = exp(logit - top)
            total += weight
            let isOutside = index == scored.count
            if isOutside && listed.contains(hypothesis.value) { continue }
            byValue[hypothesis.value, default: 0] += weight
        }
        return byValue.map { FieldCandidate(value: $0.key, p: $0.value / total, listed: listed.contains($0.key)) }
            .sorted { ($0.p, $1.value) > ($1.p, $0.value) }
    }
}
