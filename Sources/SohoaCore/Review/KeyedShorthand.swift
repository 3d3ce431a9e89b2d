/// What a reviewer may type for speed, made into the written form the parsers read: a date as its eight digits
/// (`05012010` → `05.01.2010`), a time as three or four (`2045` → `20:45`), a registration number without its
/// year (`42` → `42/2010`, when the registration year is known). Anything else is left as typed.
public enum KeyedShorthand {
    public static func expanded(_ text: String, type: FieldType, index: Int, registrationYear: Int?) -> String {
        let trimmed = text.registerText
        guard !trimmed.isEmpty, trimmed.allSatisfy(\.isASCIIDigit) else { return text }
        let digits = Array(trimmed)
        switch (type, index, digits.count) {
        case (.date, _, 8), (.dateOrYear, _, 8), (.dateTime, 0, 8):
            return "\(String(digits[0..<2])).\(String(digits[2..<4])).\(String(digits[4...]))"
        case (.dateTime, 1, 3), (.dateTime, 1, 4):
            return "\(String(digits.dropLast(2))):\(String(digits.suffix(2)))"
        case (.number, _, _):
            return registrationYear.map { "\(trimmed)/\($0)" } ?? text
        default:
            return text
        }
    }
}
