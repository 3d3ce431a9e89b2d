/// The provinces, districts and communes of Viet Nam under every name they carried since 2003 (`domain/admin-units-*`,
/// from the GSO lists), to tell whether a place written in a book names real units that lie inside one another: old
/// books name places as they were then (`tỉnh Hà Tây`). Names compare without case and with either placement of a
/// tone mark (`Hòa` = `Hoà`), never with another tone (`Hòa` ≠ `Hoa`).
public struct AdministrativeUnits: Sendable {
    private let index: UnitIndex

    /// Parses the list of 2025 (`admin-units-2025-03.tsv`) and the history tree (`admin-units-history.json`).
    public init(current tsv: String, history json: String) throws(LexiconError) {
        var loader = UnitIndexLoader()
        try loader.addCurrent(tsv: tsv)
        try loader.addHistory(json: json)
        index = loader.index
    }

    /// Whether `place` (`Thôn 3, xã Cẩm Hòa, huyện Cẩm Xuyên, tỉnh Hà Tĩnh`, `Cẩm Hòa, Cẩm Xuyên, Hà Tĩnh`,
    /// `BVĐK tỉnh Thanh Hóa`, …) is known: each comma-separated part a hamlet, a facility of a unit or a unit, and the
    /// units in order, each inside the next under the current or an earlier hierarchy.
    public func match(_ place: String) -> PlaceMatch {
        var readings: [[PlaceWording.Reading]] = []
        for part in parts(of: place) {
            guard let found = part.readings else { continue }
            guard !found.isEmpty else { return .unknown(.unknownPart(part.written.registerText)) }
            readings.append(found)
        }
        guard readings.contains(where: { $0.contains { $0 != .hamlet } }) else { return .unknown(.noUnit) }
        return nests(readings[...], after: nil, chosen: [:]) ? .known : .unknown(.inconsistent)
    }

    /// For each comma-separated part of `place`, blank ones included, whether it can only name a unit (its words are
    /// checked by the list) rather than a hamlet (`Thôn 3`, which only its form checks).
    public func partsNamingUnits(_ place: String) -> [Bool] {
        parts(of: place).map { part in part.readings.map { !$0.isEmpty && !$0.contains(.hamlet) } ?? true }
    }

    /// Each comma-separated part of `place` as written, with every way to read it (nil for a blank part; none for a
    /// part that begins with a mark, `- thành phố Nam Định`: a speck or a misread stroke no unit's name begins with).
    private func parts(of place: String) -> [(written: String, readings: [PlaceWording.Reading]?)] {
        var first = true
        return place.utf8.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map { part in
            let written = String(Substring(part))
            let key = written.lexiconKey
            guard !key.isEmpty else { return (written, nil) }
            defer { first = false }
            guard written.first(where: { !$0.isWhitespace }).map({ $0.isLetter || $0.isNumber }) == true else { return (written, []) }
            return (written, PlaceWording.readings(of: key, written: written, first: first, in: index))
        }
    }

    /// Whether the remaining parts can be read as hamlets (only before any unit), then units of rising levels that
    /// lie inside one another.
    private func nests(_ rest: ArraySlice<[PlaceWording.Reading]>, after level: UnitLevel?, chosen: [UnitLevel: Set<Int>])
        -> Bool
    {
        guard let part = rest.first else {
            return !chosen.isEmpty
                && index.nested(communes: chosen[.commune], districts: chosen[.district], provinces: chosen[.province])
        }
        return part.contains { reading in
            switch reading {
            case .hamlet:
                return level == nil && nests(rest.dropFirst(), after: nil, chosen: chosen)
            case .unit(let unitLevel, let codes):
                guard level.map({ $0 < unitLevel }) ?? true else { return false }
                var next = chosen
                next[unitLevel] = codes
                return nests(rest.dropFirst(), after: unitLevel, chosen: next)
            }
        }
    }
}
