import Foundation
import SohoaCore
import Testing

/// Places as registrars write them are known when every unit they name exists, under its current or an earlier name,
/// inside the next one; anything else is unknown, and nothing is rewritten.
@Suite struct AdministrativeUnitsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let units: Result<AdministrativeUnits, any Error> = Result {
        try AdministrativeUnits(
            current: String(contentsOf: root.appendingPathComponent("domain/admin-units-2025-03.tsv"), encoding: .utf8),
            history: String(contentsOf: root.appendingPathComponent("domain/admin-units-history.json"), encoding: .utf8))
    }
    let units: AdministrativeUnits

    init() throws { units = try Self.units.get() }

    @Test(arguments: [
        "Thôn 3, xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa", "Xóm 13, xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa",
        "Xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa", "Ngọc Trạo, Thạch Thành, Thanh Hóa",
        "Xã Ngọc Trạo, huyện Thạch Thành", "Xã Ngọc Trạo", "Ngọc Trạo, Thanh Hóa",
        "Trạm y tế xã Ngọc Trạo, huyện Thạch Thành", "Trạm y tế xã Ngọc Trạo", "TYT xã Ngọc Trạo",
        "Bệnh viện đa khoa huyện Thạch Thành", "BVĐK huyện Thạch Thành", "BV Thạch Thành", "BV huyện Thạch Thành",
        "Bệnh viện đa khoa tỉnh Thanh Hóa", "BVĐK tỉnh Thanh Hóa", "BV tỉnh Thanh Hóa",
        "Bệnh viện đa khoa huyện Thạch Thành, tỉnh Thanh Hóa",
        "Tổ 5, phường Ngọc Trạo, thành phố Thanh Hóa, tỉnh Thanh Hóa", "Phường Ngọc Trạo, TP. Thanh Hóa",
        "Phường Ngọc Trạo, TP.Thanh Hóa", "phường Ngọc Trạo, Tp Thanh Hóa", "Phường Ngọc Trạo, thị xã Bỉm Sơn",
        "Trạm y tế phường Mai Lâm, thị xã Nghi Sơn", "Mai Lâm, Nghi Sơn, Thanh Hóa",
        "Tổ 2, Phường 9, Quận 3, Thành phố Hồ Chí Minh", "Phường 1, Quận 3, TP. Hồ Chí Minh", "BV Quận 3",
        "Bệnh viện đa khoa thành phố Hà Nội", "BV tỉnh Hà Nội",  // `tỉnh` is said of a city at that level too
        "Phường Phường Đúc, thành phố Huế", "Phường Đúc, Huế",  // a ward whose proper name begins with a kind word
        "Bản Lầu, Mường Khương, Lào Cai", "Bản Phố, Bản Lầu, Mường Khương",  // a commune named `Bản …`; a hamlet
        "Thành phố Bà Rịa, tỉnh Bà Rịa-Vũng Tàu", "Cư M'gar, Đắk Lắk", "Ea M'Doal, M'Đrắk, Đắk Lắk",
        "  xã  Ngọc   Trạo ,huyện Thạch Thành ,  ", "XÃ NGỌC TRẠO, HUYỆN THẠCH THÀNH",
    ])
    func knownPlacesInEveryWrittenForm(place: String) {
        #expect(units.match(place) == .known, "\(place)")
    }

    /// Old books write the names of their time: Hà Tây (merged into Hà Nội in 2008), a commune's name before it was
    /// renamed, a town before it became a city, a commune before it moved to another district.
    @Test(arguments: [
        "Xã Tân Đức, huyện Ba Vì, tỉnh Hà Tây", "Tân Đức, Ba Vì, Hà Tây", "Phường Văn Mỗ, thị xã Hà Đông, tỉnh Hà Tây",
        "Phường Mộ Lao, thành phố Hà Đông, tỉnh Hà Tây", "Phường Mộ Lao, quận Hà Đông, thành phố Hà Nội",
        "Thị trấn Trạm Trôi, huyện Hoài Đức, tỉnh Hà Tây", "BVĐK tỉnh Hà Tây", "Xã Tân Đức, huyện Ba Vì, Hà Nội",
        "Thôn 3, xã Cẩm Hòa, huyện Cẩm Xuyên, tỉnh Hà Tĩnh", "Cẩm Hòa, Cẩm Xuyên, Hà Tĩnh", "Xã Yên Hòa, huyện Cẩm Xuyên",
        "Xã Kỳ Bắc, thị xã Kỳ Anh, tỉnh Hà Tĩnh", "Xã Kỳ Bắc, huyện Kỳ Anh, tỉnh Hà Tĩnh",
        "Xã Lộc Hòa, thành phố Nam Định, tỉnh Nam Định", "Phường Lộc Hòa, thành phố Nam Định",
        "Thị xã Sơn Tây, tỉnh Hà Tây", "Xã Trâu Quỳ, huyện Gia Lâm",
    ])
    func historicalNames(place: String) {
        #expect(units.match(place) == .known, "\(place)")
    }

    /// `Hòa` and `Hoà` are one spelling (two conventions for the tone mark); `Hòa`, `Hóa` and `Hoa` are three.
    @Test func tonePlacementIsOneSpellingOtherTonesAreNot() {
        #expect(units.match("Phường Yên Hòa, quận Cầu Giấy, thành phố Hà Nội") == .known)  // the data writes `Yên Hoà`
        #expect(units.match("Phường Yên Hoà, quận Cầu Giấy, thành phố Hà Nội") == .known)
        #expect(units.match("Xã Cẩm Hoà, huyện Cẩm Xuyên, tỉnh Hà Tĩnh") == .known)  // the data writes `Cẩm Hòa`
        #expect(units.match("BV tỉnh Thanh Hoá") == .known)
        #expect(units.match("Xã Cẩm Hoa, huyện Cẩm Xuyên, tỉnh Hà Tĩnh") == .unknown(.unknownPart("Xã Cẩm Hoa")))
        #expect(units.match("Xã Cẩm Hóa, huyện Cẩm Xuyên") == .unknown(.unknownPart("Xã Cẩm Hóa")))
        #expect(units.match("Cẩm Hoa, Cẩm Xuyên, Hà Tĩnh") == .unknown(.unknownPart("Cẩm Hoa")))
        #expect(units.match("BV tỉnh Thanh Hoa") == .unknown(.unknownPart("BV tỉnh Thanh Hoa")))
    }

    @Test func misspellingsAreUnknown() {
        #expect(units.match("Xã Ngọc Trạo, huyện Thạch Thanh, tỉnh Thanh Hóa") == .unknown(.unknownPart("huyện Thạch Thanh")))
        // `Thạch Thanh` is a commune of Hà Tĩnh, not a district: bare, it cannot follow a commune.
        #expect(units.match("Ngọc Trạo, Thạch Thanh, Thanh Hóa") == .unknown(.inconsistent))
        #expect(units.match("BV Thạch Thanh") == .unknown(.unknownPart("BV Thạch Thanh")))  // a hospital is a district's
        #expect(units.match("Xã Ngoc Trao, huyện Thạch Thành") == .unknown(.unknownPart("Xã Ngoc Trao")))
        #expect(units.match("Xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóaa") == .unknown(.unknownPart("tỉnh Thanh Hóaa")))
    }

    @Test func unitsThatDoNotLieInsideOneAnotherAreUnknown() {
        #expect(units.match("Xã Ngọc Trạo, huyện Cẩm Xuyên, tỉnh Hà Tĩnh") == .unknown(.inconsistent))
        #expect(units.match("Cẩm Hòa, Thạch Thành, Thanh Hóa") == .unknown(.inconsistent))
        #expect(units.match("Xã Ngọc Trạo, huyện Thạch Thành, tỉnh Hà Tĩnh") == .unknown(.inconsistent))
        #expect(units.match("Xã Tân Đức, huyện Ba Vì, tỉnh Thanh Hóa") == .unknown(.inconsistent))
        #expect(units.match("Trạm y tế xã Ngọc Trạo, huyện Cẩm Xuyên") == .unknown(.inconsistent))
        // A ward Ngọc Trạo exists, but not in Thạch Thành, whose Ngọc Trạo is a commune (xã).
        #expect(units.match("Phường Ngọc Trạo, huyện Thạch Thành") == .unknown(.inconsistent))
        #expect(units.match("Tỉnh Thanh Hóa, huyện Thạch Thành, xã Ngọc Trạo") == .unknown(.inconsistent))  // order
        #expect(units.match("Xã Ngọc Trạo, xã Thành Minh, huyện Thạch Thành") == .unknown(.inconsistent))
        #expect(units.match("Xã Ngọc Trạo, Thôn 3, huyện Thạch Thành") == .unknown(.inconsistent))  // hamlet last
    }

    /// A hamlet is only checked by its form: a number (`3`, `3A`), a Roman numeral or words; a digit misread as a
    /// letter (`l`, `I1`), a speck (`?`) or a number no hamlet has (`0`, a misread `9` accepted on a tuning set) is
    /// not a hamlet.
    @Test func hamletsAreCheckedByTheirForm() {
        for place in ["Xóm 3", "Tổ 5A", "Thôn IV", "Thôn Đông Hòa", "Tổ dân phố số 3", "Xóm 12-13", "Thôn 10"] {
            #expect(units.match("\(place), xã Ngọc Trạo, huyện Thạch Thành") == .known, "\(place)")
        }
        for place in ["Xóm l", "Xóm I1", "Thôn 1l", "Thôn ?", "Thôn 0", "Tổ 00"] {
            #expect(units.match("\(place), xã Ngọc Trạo, huyện Thạch Thành") == .unknown(.unknownPart(place)), "\(place)")
        }
    }

    /// Commas misread (tuning sets' accepted places): units run on after a hamlet are not its name, and a part that
    /// begins with a stroke names nothing.
    @Test func misreadCommasLeaveThePlaceUnknown() {
        #expect(units.match("Xóm 13, xã Thạch Lâm, huyện Thạch Thành, tỉnh Thanh Hóa") == .known)
        #expect(units.match("Xóm 13. xã Thạch Lâm. huyện Thạch Thành, tỉnh Thanh Hóa") != .known)
        #expect(units.match("Xã Lộc Hòa, thành phố Nam Định, tỉnh Nam Định") == .known)
        #expect(units.match("Xã Lộc Hòa,- thành phố Nam Định, tỉnh Nam Định") == .unknown(.unknownPart("- thành phố Nam Định")))
    }

    /// Which parts of a place a unit's name checks (the router trusts their words by the list), and which only their
    /// form (hamlets, whose words must be read surely).
    @Test func thePartsThatNameUnits() {
        #expect(units.partsNamingUnits("Thôn 3, xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa") == [false, true, true, true])
        #expect(units.partsNamingUnits("Ngọc Trạo, , Thanh Hóa") == [true, true, true])
        #expect(units.partsNamingUnits("Làng Ngọc Trạo, Thạch Thành") == [false, true])
    }

    @Test func placesNamingNoUnit() {
        #expect(units.match("") == .unknown(.noUnit))
        #expect(units.match(" , ") == .unknown(.noUnit))
        #expect(units.match("Thôn 3") == .unknown(.noUnit))
        #expect(units.match("Bệnh viện Bạch Mai") == .unknown(.unknownPart("Bệnh viện Bạch Mai")))  // a ward, not a district
        #expect(units.match("Bệnh viện đa khoa") == .unknown(.unknownPart("Bệnh viện đa khoa")))
        #expect(units.match("9, 3, Hồ Chí Minh") == .unknown(.unknownPart("9")))  // a number is no name
        #expect(units.match("Hà Nội, Việt Nam") == .unknown(.unknownPart("Việt Nam")))
    }

    /// Every place the sample generator wrote is known.
    @Test func everyPlaceOfTheSampleTruth() throws {
        let fields: Set = [
            "nksNoiSinh", "nksQueQuan", "meNoiCuTru", "chaNoiCuTru", "nktNoiCuTru", "nktNoiChet", "chongNoiCuTru",
            "voNoiCuTru",
        ]
        let places = try SampleTruth.texts(root: Self.root) { fields.contains($0) }
        for place in places { #expect(units.match(place) == .known, "\(place)") }
        #expect(places.count > 25)
    }

    @Test func aMalformedListIsNamedWithItsLine() {
        let header = "province_code\tprovince\tdistrict_code\tdistrict\tcommune_code\tcommune\n"
        let row = "38\tTỉnh Thanh Hóa\t391\tHuyện Thạch Thành\t15268\tXã Ngọc Trạo\n"
        /// A history of one province with one district (lines 1–5; the district on line 3).
        func history(_ district: String) -> String {
            "{\n  \"38\": [[\"Tỉnh Thanh Hóa\"], {\n    \"391\": \(district)\n  }]\n}"
        }
        let tree = history(#"[["Huyện Thạch Thành"], {"15268": [["Xã Ngọc Trạo"]]}]"#)
        let tsv = "admin-units-2025-03.tsv"
        let json = "admin-units-history.json"
        let cases: [(tsv: String, json: String, file: String, line: Int)] = [
            (header + row + "38\tTỉnh Thanh Hóa\t391\n", tree, tsv, 3),
            (header + "\n" + row.replacing("15268", with: "15x68"), tree, tsv, 3),
            (header + row.replacing("Xã Ngọc Trạo", with: "Ngọc Trạo"), tree, tsv, 2),
            (header + row.replacing("Tỉnh Thanh Hóa", with: "Huyện Thanh Hóa"), tree, tsv, 2),
            ("province\tdistrict\n" + row, tree, tsv, 1),
            (header + row, history(#"[["Huyện Thạch Thành"] {}]"#), json, 3),
            (header + row, history(#"["Huyện Thạch Thành"]"#), json, 3),
            (header + row, history("[[\"Huyện Thạch Thành\"], {\n      \"15268\": [[\"Ngọc Trạo\"]]}]"), json, 4),
            (header + row, tree.replacing("\"391\"", with: "\"39x\""), json, 3),
            (header + row, tree + "\n,", json, 6),
            (header + row, history("[[\"Huyện Thạch\nThành\"]]"), json, 3),
        ]
        for broken in cases {
            let error = #expect(throws: LexiconError.self) {
                try AdministrativeUnits(current: broken.tsv, history: broken.json)
            }
            #expect(error?.file == broken.file && error?.line == broken.line, "\(String(describing: error))")
        }
        #expect(throws: Never.self) { try AdministrativeUnits(current: header + row, history: tree) }
    }
}

/// The written texts of the sample truth (`samples/truth.json`: books → records → fields → text).
enum SampleTruth {
    static func texts(root: URL, of field: (String) -> Bool) throws -> [String] {
        let data = try Data(contentsOf: root.appendingPathComponent("samples/truth.json"))
        let truth = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        var texts: [String] = []
        for book in (truth?["books"] as? [String: [String: Any]] ?? [:]).values {
            for record in book["records"] as? [[String: Any]] ?? [] {
                for (name, value) in record["fields"] as? [String: [String: Any]] ?? [:] where field(name) {
                    if let text = value["text"] as? String, !text.isEmpty { texts.append(text) }
                }
            }
        }
        return texts
    }
}

/// The places offered to a reviewer: the book's province, under every name its units carried.
@Suite struct PlaceChoicesTests {
    static let choices = Result {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try PlaceChoices(history: String(contentsOf: root.appendingPathComponent("domain/admin-units-history.json"), encoding: .utf8))
    }

    @Test func theBooksProvinceUnderItsNamesOldAndNew() throws {
        let thanhHoa = try Self.choices.get().choices(for: "UBND xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa")
        #expect(thanhHoa.contains("Xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa"), "as the sheet writes it")
        #expect(thanhHoa.contains("Huyện Thạch Thành, tỉnh Thanh Hóa"))
        #expect(thanhHoa.contains("Thị trấn Ngọc Lặc, huyện Ngọc Lặc, tỉnh Thanh Hóa"), "kind words in the sheet's case (`Thị Trấn` in the data)")
        #expect(!thanhHoa.contains { $0.hasSuffix("tỉnh Hà Tĩnh") })
        let haTay = try Self.choices.get().choices(for: "UBND xã Phú Kim, huyện Thạch Thất, tỉnh Hà Tây")
        #expect(haTay.contains { $0.hasSuffix("huyện Thạch Thất, tỉnh Hà Tây") }, "a province's old name is offered")
        #expect(try Self.choices.get().choices(for: "UBND xã A").isEmpty)
    }
}
