/// Registration numbers run consecutively within a book and restart at 1 each year (Nghị định 158/2005, Điều 68).
/// Given a book's `so` values in book order (`15/2008`, or nil where none could be read), it names the positions of
/// the numbers that follow neither neighbour: a misread digit usually shows there.
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
            return !checks.isEmpty && !checks.contains(true)
        }
    }

    private static func parse(_ value: String) -> (number: Int, year: Int)? {
        let parts = value.split(separator: "/")
        guard parts.count == 2, let number = Int(parts[0]), let year = Int(parts[1]) else { return nil }
        return (number, year)
    }
}
