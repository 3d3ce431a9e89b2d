/// The thresholds routing trusts a reading by. They are calibrated on generated ledgers with truth
/// (`scripts/calibrate`), which prints the values that keep accepted fields right and how many fields each lets
/// through; the defaults here are what it chose last.
public struct RoutingPolicy: Sendable, Equatable, Codable {
    /// The lowest word confidence (0–1) a reading may have and be accepted.
    public var minimumConfidence: Double
    /// A rival differing only in a mark at this confidence or above makes the reading ambiguous.
    public var markRivalLimit: Double
    /// A rival of any kind at this confidence or above makes the reading ambiguous.
    public var rivalLimit: Double
    /// Below this resolution no field is accepted.
    public var minimumDPI: Int

    public init(minimumConfidence: Double, markRivalLimit: Double, rivalLimit: Double, minimumDPI: Int) {
        self.minimumConfidence = minimumConfidence
        self.markRivalLimit = markRivalLimit
        self.rivalLimit = rivalLimit
        self.minimumDPI = minimumDPI
    }

    public static let calibrated = RoutingPolicy(minimumConfidence: 0.80, markRivalLimit: 0.20, rivalLimit: 0.30, minimumDPI: 150)
}
