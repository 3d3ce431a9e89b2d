/// A day of the Gregorian calendar as a register writes it, checked to exist (no 31 April, no 29 February 1987).
public struct CalendarDate: Sendable, Hashable, Comparable, Codable {
    public let day: Int
    public let month: Int
    public let year: Int

    /// Years a civil-registry entry can speak of: births of the oldest parents to registrations of today.
    public static let plausibleYears = 1850...2100

    /// The date, or nil when no such day exists or the year is not plausible.
    public init?(day: Int, month: Int, year: Int) {
        guard Self.plausibleYears.contains(year), (1...12).contains(month),
            (1...Self.days(inMonth: month, of: year)).contains(day)
        else { return nil }
        (self.day, self.month, self.year) = (day, month, year)
    }

    /// The date an export value `dd.mm.yyyy` names; nil for anything else (a year alone, a blank).
    public init?(exported: String) {
        let parts = exported.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.map(\.count) == [2, 2, 4], parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
            let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
        else { return nil }
        self.init(day: day, month: month, year: year)
    }

    /// The export form of the national sheet: `dd.mm.yyyy`.
    public var exported: String {
        "\(Self.twoDigits(day)).\(Self.twoDigits(month)).\(year)"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
