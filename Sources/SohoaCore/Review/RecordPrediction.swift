/// What a field of a record is likely to hold, known from the book and the row rather than read from the cell:
/// the next registration number, the previous registration's date, the nationality, a parent's ethnic group or
/// residence. Offered to the reviewer as predicted, never accepted without a person.
public enum RecordPrediction: Sendable, Equatable {
    /// A value known before the record is looked at.
    case value(String)
    /// Whatever the record's field of this name holds once the reviewer gives it.
    case sameAs(String)

    /// The predictions for the fields of `pipeline`, by field name, given the values of the record before this one
    /// in the book (`previous`, by field name; empty for a book's first record).
    public static func predictions(for pipeline: Pipeline, previous: [String: String]) -> [String: RecordPrediction] {
        var predictions: [String: RecordPrediction] = [:]
        var firstEthnic: String?
        var lastResidence: String?
        for column in pipeline.left + pipeline.right {
            for field in column.fields {
                switch column.type {
                case .number:
                    if let next = previous[field].flatMap(nextNumber) { predictions[field] = .value(next) }
                case .date where field == registrationDateField:
                    if let date = previous[field], !date.isEmpty { predictions[field] = .value(date) }
                case .nationality:
                    predictions[field] = .value(Nationality.vietnam)
                case .ethnic:
                    if let firstEthnic { predictions[field] = .sameAs(firstEthnic) } else { firstEthnic = field }
                case .place where field.hasSuffix(residence):
                    if let lastResidence { predictions[field] = .sameAs(lastResidence) }
                    lastResidence = field
                default:
                    break
                }
            }
        }
        return predictions
    }

    /// The export column of the registration date, the same in every register.
    public static let registrationDateField = "ngayDangKy"
    /// How the export columns of residences end (`meNoiCuTru`, `chongNoiCuTru`).
    static let residence = "NoiCuTru"

    /// `15/2008` → `16/2008`.
    private static func nextNumber(after number: String) -> String? {
        let parts = number.split(separator: "/")
        guard parts.count == 2, let value = Int(parts[0]) else { return nil }
        return "\(value + 1)/\(parts[1])"
    }
}
