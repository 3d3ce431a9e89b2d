/// The thresholds routing trusts a reading by, for three kinds of field: those whose value a reference list or code
/// list checks (places, ethnic groups, nationalities, sex: a misreading almost never lands on another valid entry;
/// registration numbers, which the book's sequence confirms),
/// names (a wrong tone mark is still a name: `Trâm`, `Trầm`), and the other free ones (dates, numbers, years, text:
/// a misread digit is still a valid value).
/// They are calibrated on generated ledgers with truth (`scripts/calibrate`), which prints the values that keep
/// accepted fields right and how many fields each lets through; the defaults here are what it chose last.
public struct RoutingPolicy: Sendable, Equatable, Codable {
    /// The limits a reading must be within to be accepted.
    public struct Thresholds: Sendable, Equatable, Codable {
        /// The lowest word confidence (0–1) a reading may have.
        public var minimumConfidence: Double
        /// A rival differing only in a mark at this confidence or above makes the reading ambiguous.
        public var markRivalLimit: Double
        /// A rival of any kind (another letter or digit) at this confidence or above makes it doubtful.
        public var rivalLimit: Double

        public init(minimumConfidence: Double, markRivalLimit: Double, rivalLimit: Double) {
            self.minimumConfidence = minimumConfidence
            self.markRivalLimit = markRivalLimit
            self.rivalLimit = rivalLimit
        }
    }

    /// For values a list checks.
    public var checked: Thresholds
    /// For names of people.
    public var names: Thresholds
    /// For values nothing but their form checks.
    public var free: Thresholds
    /// Below this resolution no field is accepted.
    public var minimumDPI: Int
    /// A rival (not a tone mark) at this confidence or above that would make another value the list knows (`Linh`
    /// for `Tinh`) leaves a listed reading in doubt, however far below the reading it is.
    public var knownRivalFloor: Double
    /// A field in doubt is accepted with the decoder's first candidate when its probability reaches this
    /// (`FieldDecoder`); 1 or more accepts none.
    public var decodedAcceptance: Double

    public init(
        checked: Thresholds, names: Thresholds, free: Thresholds, minimumDPI: Int, knownRivalFloor: Double,
        decodedAcceptance: Double = 2
    ) {
        self.decodedAcceptance = decodedAcceptance
        self.checked = checked
        self.names = names
        self.free = free
        self.minimumDPI = minimumDPI
        self.knownRivalFloor = knownRivalFloor
    }

    /// The thresholds for a column of `type`.
    public func thresholds(for type: FieldType) -> Thresholds {
        switch type {
        case .place, .ethnic, .nationality, .sex, .number: checked
        case .name, .nameRelation: names
        case .date, .year, .dateOrYear, .dateTime, .text: free
        }
    }

    /// `scripts/calibrate` on the committed samples and bench seeds 101 and 202 (5,872 fields): accepted right
    /// 99.94% (checked), 99.86% (names), 99.77% (free); a name's mark-rival limit is capped at 0.25 by policy. The
    /// checked values' rival limits are the strictest tried: their columns do not ask for rivals.
    public static let calibrated = RoutingPolicy(
        checked: Thresholds(minimumConfidence: 0.40, markRivalLimit: 0.10, rivalLimit: 0.10),
        names: Thresholds(minimumConfidence: 0.45, markRivalLimit: 0.25, rivalLimit: 0.90),
        free: Thresholds(minimumConfidence: 0.75, markRivalLimit: 0.60, rivalLimit: 0.60),
        minimumDPI: 150, knownRivalFloor: 0.30, decodedAcceptance: 0.995)
}
