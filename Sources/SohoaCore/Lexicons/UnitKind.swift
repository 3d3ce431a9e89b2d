/// The level of an administrative unit: a commune (xã, phường, thị trấn) lies in a district (huyện, quận, thị xã,
/// thành phố), which lies in a province (tỉnh, thành phố).
enum UnitLevel: Int, Comparable, Sendable, CaseIterable {
    case commune, district, province

    static func < (lhs: UnitLevel, rhs: UnitLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The kind word an administrative unit's name begins with (`Xã Ngọc Trạo`, `Thành phố Thanh Hóa`).
public enum UnitKind: String, Sendable, CaseIterable {
    case xa = "xã"
    case phuong = "phường"
    case thiTran = "thị trấn"
    case huyen = "huyện"
    case quan = "quận"
    case thiXa = "thị xã"
    case thanhPho = "thành phố"
    case tinh = "tỉnh"

    /// A unit's full name as the data spells it (`Xã Ngọc Trạo`, `Thị Trấn Óc Eo`) split into its kind and its proper
    /// name in lexicon key form; nil when it does not begin with a kind word.
    static func split(fullName: String) -> (kind: UnitKind, key: String)? {
        let key = fullName.lexiconKey
        for kind in allCases {
            if let name = key.keyAfter(word: kind.rawValue) { return (kind, name) }
        }
        return nil
    }

    /// `place` with the kind word of each of its parts written as the sheet writes it, whatever case was typed: the
    /// first capitalised, the others in lower case (`XÃ Vĩnh Hảo, Huyện Tuy Phong` → `Xã Vĩnh Hảo, huyện Tuy Phong`).
    static func normalizingKindWords(in place: String) -> String {
        place.split(separator: ",", omittingEmptySubsequences: false).enumerated().map { index, part in
            let name = part.drop { $0 == " " }
            let lead = part.prefix(part.count - name.count)
            guard let kind = beginning(name) else { return String(part) }
            let word = index == 0 ? kind.rawValue.prefix(1).uppercased() + kind.rawValue.dropFirst() : kind.rawValue
            return String(lead) + word + name.dropFirst(kind.rawValue.count)
        }.joined(separator: ",")
    }

    /// Whether `place` begins with a kind word, in any case and with or without its marks (`xa Cam Yen`).
    public static func startsWithKindWord(_ place: String) -> Bool {
        let key = place.typingKey
        return allCases.contains { key.hasPrefix($0.rawValue.typingKey + " ") }
    }

    /// A place written after something that leads it (`Trạm y tế` + `xã Cẩm Hòa, …`): its kind word in lower case,
    /// a proper name as it is (`Cẩm Hòa, …`).
    public static func continuing(_ place: String) -> String {
        guard beginning(place) != nil else { return place }
        return place.prefix(1).lowercased() + place.dropFirst()
    }

    /// The kind whose word, followed by a space, begins `text` in any case (`Thị xã Bỉm Sơn` → `thiXa`; no kind word
    /// is the start of another followed by a space, so at most one does).
    static func beginning(_ text: some StringProtocol) -> UnitKind? {
        let lowered = text.lowercased()
        return allCases.first { lowered.hasPrefix($0.rawValue + " ") }
    }

    /// Whether a unit of this kind can stand at `level`.
    func stands(at level: UnitLevel) -> Bool {
        switch self {
        case .xa, .phuong, .thiTran: level == .commune
        case .huyen, .quan, .thiXa: level == .district
        case .thanhPho: level != .commune
        case .tinh: level == .province
        }
    }
}

/// A kind word as a registrar writes it before a name inside a place: the data's own words, and `TP`/`TP.` for
/// `thành phố`. `tỉnh` is said of every province, the cities at that level (`tỉnh Hà Nội`) included.
struct WrittenKind: Sendable {
    /// The words, in lexicon key form, longest first so that `thị xã` is tried before `xã`.
    static let words: [(key: String, kind: UnitKind)] =
        (UnitKind.allCases.map { (key: $0.rawValue, kind: $0) } + [(key: "tp.", kind: .thanhPho), (key: "tp", kind: .thanhPho)])
        .sorted { $0.key.count > $1.key.count }

    let kind: UnitKind

    /// Whether a unit of `unitKind` at `level` may be written with this word.
    func names(_ unitKind: UnitKind, at level: UnitLevel) -> Bool {
        kind == .tinh ? level == .province : unitKind == kind
    }

    /// Every way to read `key` (lexicon key form) as a kind word followed by a name: (`xã`, `ngọc trạo`) for
    /// `xã ngọc trạo`; `tp.thanh hóa` reads as `TP.` and `thanh hóa`.
    static func readings(of key: String) -> [(kind: WrittenKind, name: String)] {
        words.compactMap { word in
            if let name = key.keyAfter(word: word.key) { return (WrittenKind(kind: word.kind), name) }
            guard word.key.hasSuffix("."), key.utf8.count > word.key.utf8.count, key.utf8.starts(with: word.key.utf8) else {
                return nil
            }
            return (WrittenKind(kind: word.kind), String(Substring(key.utf8.dropFirst(word.key.utf8.count))))
        }
    }
}
