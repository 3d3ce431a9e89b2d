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

    public init(name: String, text: String, value: String, confidence: Double, reasons: [ReviewReason]) {
        self.name = name
        self.text = text
        self.value = value
        self.confidence = confidence
        self.reasons = Array(Set(reasons)).sorted()
        self.status = reasons.isEmpty ? .accepted : .review
    }

    /// Sends the field to a person for `reason` (once), whatever it was.
    public mutating func flag(_ reason: ReviewReason) {
        guard !reasons.contains(reason) else { return }
        reasons = (reasons + [reason]).sorted()
        status = .review
    }
}
