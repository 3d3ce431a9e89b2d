/// Administrative units by every name they carried, and which unit lay inside which at any time the data covers
/// (the hierarchy of 2025 and every earlier one). Units are known by their GSO codes.
struct UnitIndex: Sendable {
    /// A unit at its level under one of its names' kinds (a code that was `Xã` then `Thị trấn` is two of these).
    struct Unit: Hashable, Sendable {
        var level: UnitLevel
        var code: Int
        var kind: UnitKind
    }

    /// A district and the province it lay in, as a commune's parents.
    struct Parents: Hashable, Sendable {
        var district: Int
        var province: Int
    }

    /// Proper name (lexicon key) → the units that carried it.
    private(set) var byName: [String: Set<Unit>] = [:]
    private var parentsOfCommune: [Int: Set<Parents>] = [:]
    private var provincesOfDistrict: [Int: Set<Int>] = [:]

    /// Records that the unit `code` at `level` carried the name `name` (proper name, key form) of `kind`.
    mutating func add(name: String, kind: UnitKind, level: UnitLevel, code: Int) {
        byName[name, default: []].insert(Unit(level: level, code: code, kind: kind))
    }

    /// Records that commune `commune` (nil: none, for a district alone) lay in `district`, in `province`.
    mutating func add(commune: Int?, district: Int, province: Int) {
        provincesOfDistrict[district, default: []].insert(province)
        if let commune { parentsOfCommune[commune, default: []].insert(Parents(district: district, province: province)) }
    }

    /// Whether some commune of `communes` lay in some district of `districts` in some province of `provinces` (nil:
    /// that level is not named) at one time.
    func nested(communes: Set<Int>?, districts: Set<Int>?, provinces: Set<Int>?) -> Bool {
        if let communes {
            return communes.contains { code in
                parentsOfCommune[code, default: []].contains { parents in
                    (districts?.contains(parents.district) ?? true) && (provinces?.contains(parents.province) ?? true)
                }
            }
        }
        if let districts, let provinces {
            return districts.contains { !provincesOfDistrict[$0, default: []].isDisjoint(with: provinces) }
        }
        return true
    }
}
