/// Whether a place written in a book names administrative units that exist (under their current or an earlier name)
/// and lie inside one another. A place is only judged, never rewritten.
public enum PlaceMatch: Sendable, Equatable {
    /// Every comma-separated part is understood (a hamlet, a health facility of a unit, or a unit) and the units named
    /// lie one inside the other, in order (commune, district, province).
    case known
    /// The place is not understood.
    case unknown(Reason)

    /// Why a place is unknown.
    public enum Reason: Sendable, Equatable {
        /// Blank, or only hamlets: no administrative unit is named.
        case noUnit
        /// This part (as written) is no hamlet, facility or unit under any name the data knows.
        case unknownPart(String)
        /// Every part names a unit, but not one inside another (a commune with another district's name, or out of order).
        case inconsistent
    }

    /// True for `.known`.
    public var isKnown: Bool { self == .known }
}
