/// What a person may do in the review page: reviewers decide fields, supervisors also settle disputed ones and see
/// the audit and everyone's throughput, admins also manage accounts.
public enum ReviewerRole: String, Sendable, Codable, CaseIterable, Comparable {
    case reviewer, supervisor, admin

    /// Whether this role includes everything `other` may do.
    public func includes(_ other: ReviewerRole) -> Bool { self >= other }

    public static func < (lhs: ReviewerRole, rhs: ReviewerRole) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
