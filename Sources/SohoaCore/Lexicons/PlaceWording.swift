/// How registrars write one comma-separated part of a place, in lexicon key form: a hamlet (`Thôn 3`, `Tổ 5`,
/// `Bản Lầu`), a health facility followed by a unit (`Trạm y tế xã …`, `BVĐK huyện …`, `BV tỉnh …`, `BV Thạch Thành`),
/// or a unit with or without its kind word (`xã Ngọc Trạo`, `TP. Thanh Hóa`, `Ngọc Trạo`).
enum PlaceWording {
    /// One way to read a part.
    enum Reading: Equatable {
        /// A hamlet or residential group inside a commune: allowed, not checked.
        case hamlet
        /// A unit at `level`, one of the `codes`.
        case unit(UnitLevel, Set<Int>)
    }

    /// Words that begin a hamlet's name (a number or a name follows).
    static let hamletWords = [
        "thôn", "xóm", "tổ", "ấp", "bản", "buôn", "làng", "khu", "khối", "khóm", "tiểu khu", "cụm", "đội", "sóc",
        "phum", "plei",
    ]

    /// Whether the words after a hamlet's kind word, as written (`3`, `3A`, `IV`, `Đông`, `dân phố số 3`), name a
    /// hamlet the way registrars write one: every word holds letters or digits, none mixes them (a number may end in
    /// capitals, `3A`), none is a lone small letter, no number is 0 (hamlets are numbered from 1), and no unit's
    /// kind word is among them (`Xóm 13. xã Thạch Lâm. huyện Thạch Thành`: units a misread comma ran on into, not a
    /// hamlet's name). `l` and `I1` are a misread `1`, `?` a speck, `0` a misread `9`, `6` or `8`.
    static func isHamletName(_ words: ArraySlice<Substring>) -> Bool {
        let key = " " + words.joined(separator: " ").lexiconKey + " "
        guard !UnitKind.allCases.contains(where: { key.contains(" \($0.rawValue) ") }) else { return false }
        return words.allSatisfy { word in
            let letters = word.filter(\.isLetter)
            if word.contains(where: \.isNumber) {
                guard word.contains(where: { $0.isNumber && $0 != "0" }) else { return false }
                return letters.isEmpty || (word.drop { $0.isNumber }.allSatisfy(\.isUppercase) && word.first?.isNumber == true)
            }
            return !letters.isEmpty && !(letters.count == 1 && letters.allSatisfy(\.isLowercase))
        }
    }

    /// Words that begin a health facility's name, longest first, with the levels of the units it is named after: a
    /// commune's health station, a district's or province's hospital (`Bệnh viện Bạch Mai` is named after no unit).
    static let facilityWords: [(key: String, levels: [UnitLevel])] = [
        ("bệnh viện đa khoa", [.district, .province]), ("trung tâm y tế", [.district, .province]),
        ("bệnh viện", [.district, .province]), ("trạm y tế", [.commune]), ("bvđk", [.district, .province]),
        ("ttyt", [.district, .province]), ("tyt", [.commune]), ("bv", [.district, .province]),
    ]

    /// Every reading of `part` (key form; `written` as the book has it); a facility only when `first`, as its name
    /// leads the place.
    static func readings(of part: String, written: String, first: Bool, in index: UnitIndex) -> [Reading] {
        var readings = units(part, in: index)
        if let kind = hamletWords.first(where: { part.keyAfter(word: $0) != nil }),
            isHamletName(written.split(separator: " ").dropFirst(kind.split(separator: " ").count))
        {
            readings.append(.hamlet)
        }
        if first {
            for facility in facilityWords {
                guard let unit = part.keyAfter(word: facility.key) else { continue }
                for reading in units(unit, in: index) where !readings.contains(reading) {
                    if case .unit(let level, _) = reading, facility.levels.contains(level) { readings.append(reading) }
                }
                break
            }
        }
        return readings
    }

    /// The units `text` can name, by level: after a kind word, the units of that kind; written bare, any unit of that
    /// proper name, a number alone excepted (`Phường 1` is never written `1`).
    static func units(_ text: String, in index: UnitIndex) -> [Reading] {
        var codes: [UnitLevel: Set<Int>] = [:]
        for (written, name) in WrittenKind.readings(of: text) {
            for unit in index.byName[name, default: []] where written.names(unit.kind, at: unit.level) {
                codes[unit.level, default: []].insert(unit.code)
            }
        }
        if !text.allSatisfy(\.isASCIIDigit) {
            for unit in index.byName[text, default: []] { codes[unit.level, default: []].insert(unit.code) }
        }
        return UnitLevel.allCases.compactMap { level in codes[level].map { .unit(level, $0) } }
    }
}
