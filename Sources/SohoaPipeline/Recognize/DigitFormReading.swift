import SohoaCore

/// A date written in digits (`21/4/2013`, `1937`), read a second time by the digits engine. The Vietnamese model
/// misreads handwritten numerals in faces it has not seen far more often than the English one restricted to digits
/// and date punctuation (on the held-out faces of the bench set, digit-form date cells cut to their line: 28% read
/// exactly against 57%); a date written in words (`ngày 6 tháng 5 năm 2013`) only the Vietnamese model reads. So the
/// digits reading is taken when it is a date and the text reading is not, or when both are and it is the surer.
struct DigitFormReading {
    /// What the digits engine may read in such a cell.
    static let characters = "0123456789/.-"
    private let isValue: (String) -> Bool

    /// The second reading for cells of `type`, or nil when the type is not a date that may be written in digits.
    init?(type: FieldType) {
        switch type {
        case .date: isValue = { (try? DateReading.date($0)) != nil }
        case .dateOrYear: isValue = { (try? DateReading.dateOrYear($0)) != nil }
        default: return nil
        }
    }

    /// How the digits engine reads the cell: its line of heaviest ink, digits and date punctuation only.
    var reading: CellReadingSettings { CellReadingSettings(lines: .one, characters: Self.characters, rivals: true) }

    /// Whether `digits` (this second reading) should stand for the cell instead of `text` (the first).
    func prefers(_ digits: CellEvidence, over text: CellEvidence) -> Bool {
        guard !digits.blank, isValue(digits.text) else { return false }
        guard !text.blank, isValue(text.text) else { return true }
        return digits.confidence > text.confidence
    }
}
