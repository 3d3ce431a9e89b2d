/// Which fields need two independent readings by two different reviewers before they count: the names and dates of
/// damaged cells, where one tired reader's guess would become a legal record. Equal readings resolve the field;
/// different ones go to a supervisor.
public enum FourEyes {
    /// The cell conditions that make a reading risky.
    public static let damage: Set<ReviewReason> = [.blur, .smudge, .faded, .stain, .torn, .writingMayBeLost]

    public static func isRequired(type: FieldType, reasons: [ReviewReason]) -> Bool {
        let riskyType: Bool =
            switch type {
            case .name, .nameRelation, .date, .dateOrYear, .dateTime, .year: true
            case .sex, .number, .place, .ethnic, .nationality, .text: false
            }
        return riskyType && reasons.contains { damage.contains($0) }
    }
}
