import Foundation

/// The export values of the simple coded columns (FORMS.md).
public enum FieldValues {
    /// `Nam` → `1`, `Nữ` → `2` (the national sheet's codes). Anything else, `Nu` without its mark included, is an error.
    public static func sex(_ text: String) throws(ValueError) -> String {
        switch text.registerText.lowercased() {
        case "nam": "1"
        case "nữ": "2"
        default: throw .invalidSex
        }
    }

    /// The word a sex code of the national sheet stands for (`1` → `Nam`), or nil for anything else.
    public static func sexWord(_ code: String) -> String? {
        switch code {
        case "1": "Nam"
        case "2": "Nữ"
        default: nil
        }
    }

    /// A registration number as the national sheet writes it: `<number>/<year of registration>`, e.g. `15/2008`.
    public static func registrationNumber(_ text: String, registeredOn date: CalendarDate) throws(ValueError) -> String {
        try registrationNumber(text, year: date.year)
    }

    /// A registration number of a registration made in `year`.
    public static func registrationNumber(_ text: String, year: Int) throws(ValueError) -> String {
        let digits = text.registerText
        guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy(\.isASCIIDigit), let number = Int(digits), number > 0
        else { throw .invalidNumber }
        return "\(number)/\(year)"
    }

    /// A time of death as the books write it (`20 giờ 45`, `20h45`, `20:45`) → `20:45`.
    public static func timeOfDay(_ text: String) throws(ValueError) -> String {
        let folded = text.registerText.lowercased()
            .replacingOccurrences(of: "giờ", with: ":").replacingOccurrences(of: "phút", with: "")
            .replacingOccurrences(of: "h", with: ":").replacingOccurrences(of: " ", with: "")
        let pieces = folded.split(separator: ":", omittingEmptySubsequences: false)
        guard pieces.count == 2, let hour = Int(pieces[0]), (0...23).contains(hour),
            pieces[0].allSatisfy(\.isASCIIDigit), pieces[1].allSatisfy(\.isASCIIDigit)
        else { throw .invalidTime }
        let minute = pieces[1].isEmpty ? 0 : Int(pieces[1]) ?? -1
        guard (0...59).contains(minute) else { throw .invalidTime }
        return "\(CalendarDate.twoDigits(hour)):\(CalendarDate.twoDigits(minute))"
    }

    /// A death's date with its time when written (`20 giờ 45` over `19/10/2012`, or the date alone) →
    /// (`19.10.2012`, `20:45`); the time is nil when none is written.
    public static func dateAndTime(_ text: String) throws(ValueError) -> (date: String, time: String?) {
        let line = text.registerText
        let time = /(\d{1,2})\s*(giờ|h|:)\s*(\d{1,2})?\s*(phút)?/
        guard let match = line.firstMatch(of: time) else { return (try DateReading.date(line).exported, nil) }
        let rest = line.replacingCharacters(in: match.range, with: " ")
        return (try DateReading.date(rest).exported, try timeOfDay(String(line[match.range])))
    }
}
