/// Registration numbers decoded from the book's sequence: numbers run on by one within a year (`SequenceCheck`).
/// Between two accepted numbers of the same year whose difference is the number of rows between them, every number
/// is known; a number in doubt there whose own digits read the same is accepted, the run and the reading agreeing
/// being no accident (its year comes from the run, not from its registration date). Elsewhere the nearest accepted
/// numbers only propose: each value is as probable as the share of the three witnesses (the run before, the run
/// after, the reading) that name it.
public enum NumberSequenceDecoding {
    /// One `so` field of the book, in book order.
    public struct Entry: Sendable {
        public var value: String
        public var text: String
        public var accepted: Bool
        public var reasons: [ReviewReason]

        public init(value: String, text: String, accepted: Bool, reasons: [ReviewReason]) {
            (self.value, self.text, self.accepted, self.reasons) = (value, text, accepted, reasons)
        }
    }

    /// What the sequence says of the field at `index`.
    public struct Proposal: Sendable, Equatable {
        public var index: Int
        public var candidates: [FieldCandidate]
        public var accept: Bool
    }

    /// The reasons the sequence answers: how the digits read, and the year the registration date could not give.
    static let answered: Set<ReviewReason> = [.lowConfidence, .invalidNumber, .registrationDateUnsure, .recordDoubtful, .sequenceGap]

    public static func proposals(_ entries: [Entry]) -> [Proposal] {
        let numbers = entries.map { entry -> (number: Int, year: Int)? in
            guard entry.accepted else { return nil }
            let parts = entry.value.split(separator: "/")
            guard parts.count == 2, let number = Int(parts[0]), let year = Int(parts[1]) else { return nil }
            return (number, year)
        }
        var proposals: [Proposal] = []
        for (index, entry) in entries.enumerated() where !entry.accepted {
            let before = numbers[..<index].indices.last { numbers[$0] != nil }
            let after = numbers[(index + 1)...].indices.first { numbers[$0] != nil }
            let fromBefore = before.flatMap { at in numbers[at].map { "\($0.number + index - at)/\($0.year)" } }
            let fromAfter = after.flatMap { at in
                numbers[at].flatMap { $0.number - (at - index) >= 1 ? "\($0.number - (at - index))/\($0.year)" : nil }
            }
            var votes: [String: Int] = [:]
            for proposed in [fromBefore, fromAfter].compactMap({ $0 }) { votes[proposed, default: 0] += 1 }
            guard let year = (fromBefore ?? fromAfter)?.split(separator: "/").last else { continue }
            let digits = entry.text.filter(\.isASCIIDigit)
            let read = (1...99_999).contains(Int(digits) ?? 0) ? "\(Int(digits) ?? 0)/\(year)" : nil
            if let read { votes[read, default: 0] += 1 }
            let candidates = votes.map { FieldCandidate(value: $0.key, p: Double($0.value) / 3) }
                .sorted { ($0.p, $1.value) > ($1.p, $0.value) }
            let agreed = fromBefore != nil && fromBefore == fromAfter && read == fromBefore
            proposals.append(Proposal(
                index: index, candidates: candidates, accept: agreed && Set(entry.reasons).isSubset(of: answered)))
        }
        return proposals
    }
}
