/// The places of a book's province as registrars write them, each with the prior the book gives it. Every commune
/// and district under every name it carried is written the usual ways: with the kind words or without
/// (`xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa`, `Ngọc Trạo, Thạch Thành, Thanh Hóa`), and cut short (the
/// commune and district, the commune alone). A third of the weight goes to the book's own commune, a fifth to the
/// other communes of its district, a fifth to the rest of the province: the rest is left to places elsewhere.
enum PlaceHypotheses {
    static let homeShare = 0.35
    static let districtShare = 0.2
    static let provinceShare = 0.2

    /// The hypotheses for a book registered at `book`, from the province's `choices` (`PlaceChoices`): the book's
    /// commune and district first (`home` of them), then the rest of the province.
    static func of(book: String, choices: [String]) -> (all: [Hypothesis], home: Int) {
        let home = parts(of: book.registerText).map(bare)
        let (homeCommune, homeDistrict) = (home.count >= 3 ? home[home.count - 3] : nil, home.count >= 2 ? home[home.count - 2] : nil)
        var groups: [[String]] = [[], [], []]
        for choice in choices {
            let units = parts(of: choice)
            let names = units.map(bare)
            let group: Int
            if names.count == 3, names[0] == homeCommune, names[1] == homeDistrict { group = 0 }
            else if names.count >= 2, names[names.count - 2] == homeDistrict { group = 1 }
            else { group = 2 }
            groups[group] += wordings(units)
        }
        var hypotheses: [Hypothesis] = []
        var seen: Set<String> = []
        var alwaysAligned = 0
        for (index, (group, share)) in zip(groups, [homeShare, districtShare, provinceShare]).enumerated() {
            let unique = group.filter { seen.insert($0).inserted }
            hypotheses += unique.map { Hypothesis(written: $0, prior: share / Double(unique.count)) }
            if index < 2 { alwaysAligned = hypotheses.count }
        }
        return (hypotheses, alwaysAligned)
    }

    /// The ways a unit and its parents (`xã X`, `huyện Y`, `tỉnh Z`) are written, first letter capitalized.
    static func wordings(_ units: [String]) -> [String] {
        let bareUnits = units.map(bare)
        var texts = [units.joined(separator: ", "), bareUnits.joined(separator: ", ")]
        if units.count == 3 {
            texts += [units[0] + ", " + units[1], bareUnits[0] + ", " + bareUnits[1], units[0]]
        } else if units.count == 2 {
            texts.append(units[0])
        }
        return texts.map { $0.prefix(1).uppercased() + $0.dropFirst() }
    }

    /// The comma-separated parts of a place, the leading `UBND` of a registration place left out.
    static func parts(of place: String) -> [String] {
        var text = place
        if text.lowercased().hasPrefix("ubnd ") { text = String(text.dropFirst(5)) }
        return text.split(separator: ",").map { String($0).registerText }.filter { !$0.isEmpty }
    }

    /// A unit's name without its kind word (`thành phố Nam Định` → `Nam Định`).
    static func bare(_ unit: String) -> String {
        guard let kind = UnitKind.beginning(unit) else { return unit }
        return String(unit.dropFirst(kind.rawValue.count + 1))
    }
}
