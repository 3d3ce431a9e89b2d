/// The times of day a death's time may hold (`20:45`), each written the ways registrars write it: `20h45`,
/// `20 giờ 45`, `20 giờ 45 phút`. Times are often rounded: a minute on the five weighs `roundWeight` times another.
enum TimeHypotheses {
    static let roundWeight = 3.0

    /// Every minute of the day, in every form.
    static let all: [Hypothesis] = (0..<24).flatMap { hour in
        (0..<60).flatMap { minute in
            let value = "\(CalendarDate.twoDigits(hour)):\(CalendarDate.twoDigits(minute))"
            let written = CalendarDate.twoDigits(minute)
            let prior = minute % 5 == 0 ? roundWeight : 1
            return ["\(hour)h\(written)", "\(hour) giờ \(written)", "\(hour) giờ \(written) phút"].map {
                Hypothesis(written: $0, value: value, prior: prior)
            }
        }
    }
}
