/// Where a field stands between the recognizer and the export (SPEC.md, "Field status").
public enum FieldStatus: String, Sendable, Codable, CaseIterable {
    /// Read by sohoa and trusted.
    case accepted
    /// Waiting for a person.
    case review
    /// A reviewer typed a different value.
    case corrected
    /// A reviewer confirmed the reading.
    case confirmed
    /// A reviewer could not read it: exported blank, noted in `ghiChu`.
    case illegible
    /// A reviewer found the row blank (stains, stray marks): its record is not exported, and the delivery's manifest
    /// counts it.
    case notARecord = "not-a-record"

    /// Whether the field needs nobody any more.
    public var isResolved: Bool { self != .review }
}
