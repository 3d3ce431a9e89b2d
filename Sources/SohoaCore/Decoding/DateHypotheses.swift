/// The dates a date field may hold, written the way its reading is written: in words
/// (`ngày 5 tháng 1 năm 2010`) when the reading has letters, else with its own separator (`05/01/2010`, `5.1.2010`),
/// day and month with and without their leading zero. The window is what the book and the record allow; a prior
/// may favour part of it (a birth a few weeks before it is registered).
enum DateHypotheses {
    /// Every day from `first` to `last`, with `favoured` days weighing `favourWeight` times the others.
    static func of(
        reading: String, from first: CalendarDate, to last: CalendarDate,
        favoured: ClosedRange<CalendarDate>? = nil, favourWeight: Double = 1
    ) -> [Hypothesis] {
        let forms = forms(of: reading)
        var hypotheses: [Hypothesis] = []
        var day = first
        while day <= last {
            let prior = favoured?.contains(day) == true ? favourWeight : 1
            for form in forms { hypotheses.append(Hypothesis(written: form(day), value: day.exported, prior: prior)) }
            guard let next = day.next else { break }
            day = next
        }
        return hypotheses
    }

    /// Every day of `year`.
    static func of(reading: String, in year: Int) -> [Hypothesis] {
        guard let first = CalendarDate(day: 1, month: 1, year: year), let last = CalendarDate(day: 31, month: 12, year: year) else { return [] }
        return of(reading: reading, from: first, to: last)
    }

    /// The `count` years of `years` whose four digits best match the end of the reading (where a date writes its
    /// year): a long window is narrowed to them before its days are weighed.
    static func likelyYears(_ years: ClosedRange<Int>, reading: [Glyph], cost: ReadingCost, count: Int = 3) -> [Int] {
        let scored = years.map { year in (year, cost.costOfEnd(of: reading, against: Glyph.of(String(year)), skip: 0.05).cost) }
        return scored.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(count).map(\.0)
    }

    /// Every year from `first` to `last`, written as four digits.
    static func years(_ years: ClosedRange<Int>) -> [Hypothesis] {
        years.map { Hypothesis(written: String($0)) }
    }

    /// How a date may be written, judged from the reading.
    static func forms(of reading: String) -> [(CalendarDate) -> String] {
        let lowered = reading.lowercased()
        if lowered.filter(\.isLetter).count >= 3 || lowered.contains("ng") || lowered.contains("th") {
            return [
                { "ngày \(CalendarDate.twoDigits($0.day)) tháng \(CalendarDate.twoDigits($0.month)) năm \($0.year)" },
                { "ngày \($0.day) tháng \($0.month) năm \($0.year)" },
            ]
        }
        let separator = lowered.first { "/.-".contains($0) }.map(String.init) ?? "/"
        return [
            { "\(CalendarDate.twoDigits($0.day))\(separator)\(CalendarDate.twoDigits($0.month))\(separator)\($0.year)" },
            { "\($0.day)\(separator)\($0.month)\(separator)\($0.year)" },
        ]
    }
}

extension CalendarDate {
    /// The day after.
    var next: CalendarDate? {
        CalendarDate(day: day + 1, month: month, year: year) ?? CalendarDate(day: 1, month: month + 1, year: year)
            ?? CalendarDate(day: 1, month: 1, year: year + 1)
    }

    /// The day `days` before (approximately for long spans: whole years and a month of 30 days).
    func earlier(byDays days: Int) -> CalendarDate {
        var (day, month, year) = (self.day - days, self.month, self.year)
        while day < 1 {
            month -= 1
            if month < 1 { (month, year) = (12, year - 1) }
            day += CalendarDate.days(inMonth: month, of: year)
        }
        return CalendarDate(day: day, month: month, year: year) ?? self
    }
}
