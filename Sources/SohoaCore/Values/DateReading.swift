import Foundation

/// Reads a date as the books write it (FORMS.md): `12/3/1987`, `12-03-1987`, `12.3.1987`, or in words,
/// `ngày 12 tháng 3 năm 1987`, on one line or two. Nothing is "fixed": a day that does not exist is an error,
/// and goes to a person.
public enum DateReading {
    /// The date written in `text`.
    public static func date(_ text: String) throws(ValueError) -> CalendarDate {
        let numbers = try parts(of: text)
        guard numbers.count == 3, let date = CalendarDate(day: numbers[0], month: numbers[1], year: numbers[2]) else {
            throw .invalidDate
        }
        return date
    }

    /// A year written alone (`1987`).
    public static func year(_ text: String) throws(ValueError) -> Int {
        let trimmed = text.registerText
        guard trimmed.count == 4, trimmed.allSatisfy(\.isASCIIDigit), let year = Int(trimmed),
            CalendarDate.plausibleYears.contains(year)
        else { throw .invalidYear }
        return year
    }

    /// The export value of a cell that holds a full date or a year alone: `dd.mm.yyyy` or `yyyy`.
    public static func dateOrYear(_ text: String) throws(ValueError) -> String {
        if let year = try? year(text) { return String(year) }
        return try date(text).exported
    }

    /// The three numbers of a date, day first, from either the numeric or the worded form.
    static func parts(of text: String) throws(ValueError) -> [Int] {
        let folded = text.registerText.lowercased()
        let worded = ["ngày", "tháng", "năm"]
        if worded.contains(where: folded.contains) {
            // "ngày 12 tháng 3 năm 1987": each number follows its word, in that order.
            var numbers: [Int] = []
            var rest = folded[...]
            for word in worded {
                guard let range = rest.range(of: word) else { throw .invalidDate }
                rest = rest[range.upperBound...].drop { $0 == " " }
                let digits = rest.prefix { $0.isASCIIDigit }
                guard !digits.isEmpty, let number = Int(digits) else { throw .invalidDate }
                numbers.append(number)
                rest = rest.dropFirst(digits.count)
            }
            guard rest.trimmingCharacters(in: .whitespaces).isEmpty else { throw .invalidDate }
            return numbers
        }
        let pieces = folded.split(whereSeparator: { "/-.".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.count == 3, pieces.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCIIDigit) }),
            pieces[2].count == 4
        else { throw .invalidDate }
        return pieces.compactMap { Int($0) }
    }

}
