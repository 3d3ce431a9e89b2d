/// Registration numbers run consecutively within a book and restart at 1 each year (Nghị định 158/2005, Điều 68).
/// Given a book's `so` values in book order (`15/2008`, or nil where none could be read), it names the positions of
/// the numbers that no neighbour confirms (neither follows the one before nor precedes the one after): a misread
/// digit shows there, and a number with no readable neighbour is not confirmed either.
public enum SequenceCheck {
    public static func outOfSequence(_ values: [String?]) -> [Int] {
        let numbers = values.map { $0.flatMap(parse) }
        func follows(_ earlier: (number: Int, year: Int)?, _ later: (number: Int, year: Int)?) -> Bool? {
            guard let earlier, let later else { return nil }
            if later.year == earlier.year { return later.number == earlier.number + 1 }
            return later.year > earlier.year && later.number == 1
        }
        return numbers.indices.filter { index in
            guard let number = numbers[index] else { return false }
            let checks = [
                index > 0 ? follows(numbers[index - 1], number) : nil,
                index + 1 < numbers.count ? follows(number, numbers[index + 1]) : nil,
            ].compactMap { $0 }
            return !checks.contains(true)
        }
    }

    /// The positions of the numbers that the book's sequence skips over: a run of numbers that follow one another
    /// (`403, 404, 405, 406`) between two runs that follow each other across it (`100, 101` … `110, 111`, nine rows
    /// apart) is misread, however well its numbers confirm each other: a hand whose `1` reads as `4` misreads every
    /// number of its rows alike. The nearest runs on each side that agree are the witnesses; a book whose numbers
    /// never agree across a run (a cancelled number, a new year) names none.
    public static func skippedOver(_ values: [String?]) -> [Int] {
        struct Run {
            var first: (index: Int, number: Int)
            var last: (index: Int, number: Int)
            var year: Int
            func isFollowed(by later: Run) -> Bool {
                later.year == year && later.first.number - last.number == later.first.index - last.index
            }
        }
        let numbers = values.map { $0.flatMap(parse) }
        var runs: [Run] = []
        for (index, parsed) in numbers.enumerated() {
            guard let (number, year) = parsed else { continue }
            let run = Run(first: (index, number), last: (index, number), year: year)
            if let current = runs.last, current.isFollowed(by: run) {
                runs[runs.count - 1].last = (index, number)
            } else {
                runs.append(run)
            }
        }
        var skipped: [Int] = []
        for (position, run) in runs.enumerated() {
            guard let witness = runs[(position + 1)...].indices.first(where: { run.isFollowed(by: runs[$0]) }), witness > position + 1
            else { continue }
            for between in runs[(position + 1)..<witness] {
                skipped += (between.first.index...between.last.index).filter { numbers[$0] != nil }
            }
        }
        return Array(Set(skipped)).sorted()
    }

    /// Registration dates run forward through a book. Given a book's `ngayDangKy` values in book order
    /// (`dd.mm.yyyy`, or nil), it names the positions of the dates out of order with a neighbour: a misread year
    /// (2015 among 2013s) shows there; both dates of a broken pair are named, since either may be the wrong one.
    public static func outOfOrder(_ values: [String?]) -> [Int] {
        let dates = values.map { $0.flatMap { try? DateReading.date($0) } }
        return dates.indices.filter { index in
            guard let date = dates[index] else { return false }
            let before = index > 0 ? dates[index - 1] : nil
            let after = index + 1 < dates.count ? dates[index + 1] : nil
            return (before.map { date < $0 } ?? false) || (after.map { $0 < date } ?? false)
        }
    }

    private static func parse(_ value: String) -> (number: Int, year: Int)? {
        let parts = value.split(separator: "/")
        guard parts.count == 2, let number = Int(parts[0]), let year = Int(parts[1]) else { return nil }
        return (number, year)
    }
}
