import Foundation

/// Turns what a reading costs against each hypothesis into probabilities: a hypothesis is as likely as its prior
/// times `exp(-cost / temperature)`, against every other one and against the value being none of them (`outside`:
/// a place in another province, a name no list holds), which keeps the probability of a listed value honest when
/// the truth is not listed. Hypotheses that export the same value pool their probability.
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
    /// them when it is likely enough, under its own value.
    static func rank(_ scored: [Scored], outside: Scored?) -> [FieldCandidate] {
        let all = scored + (outside.map { [$0] } ?? [])
        let logits = all.map { log(max($0.prior, 1e-12)) - $0.cost / temperature }
        guard let top = logits.max() else { return [] }
        var total = 0.0
        var byValue: [String: Double] = [:]
        var listed: Set<String> = []
        for (hypothesis, logit) in zip(all, logits) {
            let weight = exp(logit - top)
            total += weight
            byValue[hypothesis.value, default: 0] += weight
        }
        for hypothesis in scored { listed.insert(hypothesis.value) }
        return byValue.map { FieldCandidate(value: $0.key, p: $0.value / total, listed: listed.contains($0.key)) }
            .sorted { ($0.p, $1.value) > ($1.p, $0.value) }
    }
}
