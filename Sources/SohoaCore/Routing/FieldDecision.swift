/// A field as routing leaves it: its raw reading, the value the national sheet gets, and whether a person must see
/// it (`review`, with reasons) or sohoa trusts it (`accepted`).
public struct FieldDecision: Sendable, Equatable, Codable {
    /// The export column, e.g. `nksHoTen`.
    public var name: String
    public var text: String
    public var value: String
    public var status: FieldStatus
    public var confidence: Double
    public var reasons: [ReviewReason]
    /// The values the field may hold, most probable first (at most five), for a field left in review whose column
    /// has a vocabulary or a form; its `value` is then the first of them.
    public var candidates: [FieldCandidate] = []

    public init(name: String, text: String, value: String, confidence: Double, reasons: [ReviewReason]) {
        self.name = name
        self.text = text
        self.value = value
        self.confidence = confidence
        self.reasons = Array(Set(reasons)).sorted()
        self.status = reasons.isEmpty ? .accepted : .review
    }

    /// Takes `candidate` as the field's value and accepts it: the decoder is sure enough of it to answer every doubt
    /// the reading raised.
    public mutating func accept(_ candidate: FieldCandidate) {
        value = candidate.value
        reasons = []
        status = .accepted
    }

    /// Takes the field out of the export with its row, which sohoa judged marks on a blank row
    /// (`RowPresence.marksOnly`); its reading and reasons stay, for a supervisor who gives the row back.
    public mutating func dismissAsNotARecord() {
        status = .notARecord
    }

    /// Sends the field to a person for `reason` (once), whatever it was.
    public mutating func flag(_ reason: ReviewReason) {
        guard !reasons.contains(reason) else { return }
        reasons = (reasons + [reason]).sorted()
        status = .review
    }
}
