/// Where a record stands (SPEC.md): `review` if any field waits for a person, else `accepted` if any field was read
/// and trusted by sohoa, else `reviewed` (every field decided by a person).
public enum RecordStatus: String, Sendable, Codable {
    case review, accepted, reviewed

    public init(_ fields: some Sequence<FieldStatus>) {
        var anyAccepted = false
        for status in fields {
            if status == .review {
                self = .review
                return
            }
            anyAccepted = anyAccepted || status == .accepted
        }
        self = anyAccepted ? .accepted : .reviewed
    }
}
