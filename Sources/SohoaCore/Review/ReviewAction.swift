/// What a reviewer does with a field: confirm the reading, correct it, declare it illegible, or skip it for now; or,
/// for every field of a blank row at once, declare that the row is not a record.
public enum ReviewAction: String, Sendable, Codable, CaseIterable {
    case confirm, correct, illegible, skip
    case notARecord = "not-a-record"

    /// The field's status once this action stands (nil for `skip`, which decides nothing).
    public var status: FieldStatus? {
        switch self {
        case .confirm: .confirmed
        case .correct: .corrected
        case .illegible: .illegible
        case .notARecord: .notARecord
        case .skip: nil
        }
    }
}
