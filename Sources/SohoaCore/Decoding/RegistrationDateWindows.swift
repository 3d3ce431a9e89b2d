/// Registration dates follow the book: a row registered between two rows whose dates were read with certainty was
/// registered between those dates. Such a window, days or weeks wide where the book's year is a whole year, is what
/// the decoder weighs an illegible registration date against.
public enum RegistrationDateWindows {
    /// One registration date of the book, in book order.
    public struct Entry: Sendable {
        public var value: String
        public var accepted: Bool

        public init(value: String, accepted: Bool) {
            self.value = value
            self.accepted = accepted
        }
    }

    /// For each entry not accepted that lies between two accepted dates (the earlier not after the later), the
    /// window from the one before to the one after, by index.
    public static func windows(_ entries: [Entry]) -> [Int: ClosedRange<CalendarDate>] {
        let dates = entries.map { $0.accepted ? CalendarDate(exported: $0.value) : nil }
        var windows: [Int: ClosedRange<CalendarDate>] = [:]
        var before: CalendarDate?
        for index in entries.indices {
            if let date = dates[index] {
                before = date
                continue
            }
            guard let before, let after = dates[(index + 1)...].lazy.compactMap({ $0 }).first, before <= after else { continue }
            windows[index] = before...after
        }
        return windows
    }

    /// The listed dates of `window` for a registration date read `text` (with `confidence`; `current` is its
    /// value now), most probable first, as many as decoding keeps.
    public static func candidates(
        by decoder: FieldDecoder, text: String, confidence: Double, current: String, in window: ClosedRange<CalendarDate>
    ) -> [FieldCandidate] {
        let candidates = decoder.candidates(
            field: "ngayDangKy", type: .date, text: text, evidence: CellEvidence(lines: [text], confidence: confidence, blank: false),
            current: current, record: FieldDecoder.RecordFacts(registrationWindow: window))
        return Array(candidates.filter(\.listed).prefix(CandidateRanking.kept))
    }
}
