/// The places a reviewer picks from for a book: every district and commune of the book's province under every name
/// it carried since 2003 (`domain/admin-units-history.json`), written the way books and the national sheet write
/// them (`Xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa`), so that an old name (`tỉnh Hà Tây`) is among the choices.
public struct PlaceChoices: Sendable {
    /// Choices by the lexicon key of each name the province carried.
    private let byProvince: [String: [String]]

    public init(history json: String) throws(LexiconError) {
        let file = "admin-units-history.json"
        let tree: LineJSON
        do throws(LineJSON.SyntaxError) { tree = try LineJSON.parse(json) } catch {
            throw LexiconError(file: file, line: error.line, message: error.message)
        }
        guard case .object(let provinces) = tree.value else {
            throw LexiconError(file: file, line: tree.line, message: "expected an object of province codes")
        }
        var byProvince: [String: [String]] = [:]
        for (_, province) in provinces {
            let (provinceNames, districts) = Self.names(province)
            var choices: Set<String> = []
            for (_, district) in districts {
                let (districtNames, communes) = Self.names(district)
                for districtName in districtNames {
                    for provinceName in provinceNames {
                        choices.insert(Self.capitalized("\(districtName), \(provinceName)"))
                        for (_, commune) in communes {
                            for communeName in Self.names(commune).names {
                                choices.insert(Self.capitalized("\(communeName), \(districtName), \(provinceName)"))
                            }
                        }
                    }
                }
            }
            let sorted = choices.sorted()
            for name in provinceNames { byProvince[name.lexiconKey, default: []] += sorted }
        }
        self.byProvince = byProvince
    }

    /// The choices for a book registered at `place` (its `noiDangKy`: the province is its last part); none when the
    /// province is not known.
    public func choices(for place: String) -> [String] {
        guard let province = place.split(separator: ",").last.map(String.init) else { return [] }
        return byProvince[province.lexiconKey] ?? []
    }

    /// The choices for a book registered at `place` in every way registrars write them, with their kind words and
    /// without, whole and cut short (`Xã Cẩm Yên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh`, `Cẩm Yên, Cẩm Xuyên, Hà Tĩnh`,
    /// `Cẩm Yên`): the book's own commune first, then its district's, then the rest of the province.
    public func wordings(for place: String) -> [String] {
        PlaceHypotheses.of(book: place, choices: choices(for: place)).all.map(\.written)
    }

    /// A place as the books and the national sheet write it: `Xã Vĩnh Hảo, huyện Tuy Phong, tỉnh Bình Thuận`.
    private static func capitalized(_ place: String) -> String {
        let written = UnitKind.normalizingKindWords(in: place)
        return written.prefix(1).uppercased() + written.dropFirst()
    }

    /// A node's names as books write them (the kind in lower case) and its children.
    private static func names(_ node: LineJSON) -> (names: [String], children: [(key: String, value: LineJSON)]) {
        guard case .array(let items) = node.value, let first = items.first, case .array(let names) = first.value else { return ([], []) }
        let written = names.compactMap { name -> String? in
            guard case .string(let text) = name.value else { return nil }
            return text.prefix(1).lowercased() + text.dropFirst()
        }
        guard items.count > 1, case .object(let children) = items[1].value else { return (written, []) }
        return (written, children)
    }
}
