/// Where a record stands (SPEC.md): `review` if any field waits for a person, else `accepted` if any field was read
/// and trusted by sohoa, else `reviewed` (every field decided by a person); `not-a-record` when a reviewer dismissed
/// the row as blank, which marks all its fields so.
public enum RecordStatus: String, Sendable, Codable {
    case review, accepted, reviewed
    case notARecord = "not-a-record"

    public init(_ fields: some Sequence<FieldStatus>) {
        var anyAccepted = false
        var allDismissed = true
        var any = false
        for status in fields {
            any = true
            allDismissed = allDismissed && status == .notARecord
            if status == .review {
                self = .review
                return
            }
            anyAccepted = anyAccepted || status == .accepted
        }
        self = any && allDismissed ? .notARecord : anyAccepted ? .accepted : .reviewed
    }
}
