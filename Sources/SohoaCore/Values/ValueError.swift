/// Why a reading cannot become the value the national sheet wants. The raw values are review reasons (SPEC.md).
public enum ValueError: String, Error, Sendable, Codable {
    /// Not a date in any of the forms the books use, or a day that does not exist (month 13, 31 April).
    case invalidDate = "invalid-date"
    /// Not a year, or a year no register could mention.
    case invalidYear = "invalid-year"
    /// Not `Nam` or `Nữ`.
    case invalidSex = "invalid-sex"
    /// Not a registration number.
    case invalidNumber = "invalid-number"
    /// Not a time of day.
    case invalidTime = "invalid-time"
}
