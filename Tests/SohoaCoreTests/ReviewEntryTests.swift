import Foundation
import SohoaCore
import Testing

/// What makes keying fast without making it loose: shorthand the parsers expand, values predicted from the book and
/// the row, names typed without marks, places stored in the sheet's case.
@Suite struct ReviewEntryTests {
    static let ethnic = Result { try EthnicGroups(tsv: String(contentsOf: PersonNamesTests.root.appendingPathComponent("domain/ethnic-groups.tsv"), encoding: .utf8)) }

    func parse(_ text: String, _ type: FieldType, index: Int = 0, year: Int? = nil) throws -> String {
        try ReviewedValue.parse(text, type: type, index: index, ethnicGroups: Self.ethnic.get(), registrationYear: year)
    }

    @Test func digitsAloneAreReadAsTheColumnWritesThem() throws {
        #expect(try parse("05012010", .date) == "05.01.2010")
        #expect(try parse("05012010", .dateTime) == "05.01.2010")
        #expect(try parse("05012010", .dateOrYear) == "05.01.2010")
        #expect(try parse("1968", .dateOrYear) == "1968", "a year stays a year")
        #expect(try parse("2045", .dateTime, index: 1) == "20:45")
        #expect(try parse("745", .dateTime, index: 1) == "07:45")
        #expect(try parse("42", .number, year: 2010) == "42/2010")
        #expect(try parse("42/2009", .number, year: 2010) == "42/2009", "a typed year wins")
        #expect(throws: ReviewedValue.Refusal.self) { try parse("42", .number) }  // no year known: say so
        #expect(throws: ReviewedValue.Refusal.self) { try parse("31022010", .date) }  // still a real date or nothing
        #expect(throws: ReviewedValue.Refusal.self) { try parse("2475", .dateTime, index: 1) }
        #expect(try parse("20102012", .name) == "20102012", "a name is taken as typed")
    }

    @Test func aPlaceTakesTheSheetsCaseForItsKindWordsOnly() throws {
        #expect(try parse("XÃ Vĩnh Hảo, HUYỆN Tuy Phong, tỉnh Bình Thuận", .place) == "Xã Vĩnh Hảo, huyện Tuy Phong, tỉnh Bình Thuận")
        #expect(try parse("xã Vĩnh Hảo", .place) == "Xã Vĩnh Hảo")
        #expect(try parse("Thôn 3, xã Vĩnh Hảo", .place) == "Thôn 3, xã Vĩnh Hảo", "a hamlet keeps its case")
        #expect(try parse("Vĩnh Hảo, Tuy Phong", .place) == "Vĩnh Hảo, Tuy Phong")
        let history = try String(contentsOf: PersonNamesTests.root.appendingPathComponent("domain/admin-units-history.json"), encoding: .utf8)
        let choices = try PlaceChoices(history: history)
        let book = "UBND xã Cẩm Huy, huyện Cẩm Xuyên, tỉnh Hà Tĩnh"
        #expect(choices.choices(for: book).contains("Xã Cẩm Huy, huyện Cẩm Xuyên, tỉnh Hà Tĩnh"))
        #expect(!choices.choices(for: book).contains { $0.hasPrefix("xã ") }, "offered as the sheet writes them")
        let wordings = choices.wordings(for: book)
        #expect(wordings.contains("Cẩm Huy, Cẩm Xuyên, Hà Tĩnh") && wordings.contains("Xã Cẩm Huy, huyện Cẩm Xuyên"))
    }

    @Test func predictionsComeFromTheRecordBeforeAndTheRow() {
        func column(_ field: String, _ type: FieldType) -> PipelineColumn { PipelineColumn(header: field, fields: [field], type: type) }
        let pipeline = Pipeline(
            name: "ks", registerType: .birth, templateVersion: "ks-70",
            left: [column("so", .number), column("ngayDangKy", .date), column("nksDanToc", .ethnic), column("nksQuocTich", .nationality),
                   column("nksNoiSinh", .place)],
            right: [column("meDanToc", .ethnic), column("meNoiCuTru", .place), column("chaDanToc", .ethnic), column("chaNoiCuTru", .place)])
        let predictions = RecordPrediction.predictions(for: pipeline, previous: ["so": "41/2010", "ngayDangKy": "03.05.2010"])
        #expect(predictions == [
            "so": .value("42/2010"), "ngayDangKy": .value("03.05.2010"), "nksQuocTich": .value("Việt Nam"),
            "meDanToc": .sameAs("nksDanToc"), "chaDanToc": .sameAs("nksDanToc"), "chaNoiCuTru": .sameAs("meNoiCuTru"),
        ])
        #expect(RecordPrediction.predictions(for: pipeline, previous: [:])["so"] == nil, "a book's first record has no number before it")
    }

    @Test func aNameTypedWithoutMarksIsSpelledFromTheLists() throws {
        func read(_ file: String) throws -> String {
            try String(contentsOf: PersonNamesTests.root.appendingPathComponent("domain/\(file)"), encoding: .utf8)
        }
        let typing = NameTyping(names: try PersonNames(
            surnames: read("surnames.tsv"), givenMale: read("given-names-male.txt"), givenFemale: read("given-names-female.txt")))
        #expect(typing.proposal(for: "nguyen van an") == "Nguyễn Văn An")
        #expect(typing.proposal(for: "tran thi lan") == "Trần Thị Lan")
        #expect(typing.proposal(for: "dang van zzz") == "Đặng Văn Zzz", "an unknown word is kept, capitalised")
        #expect(typing.proposal(for: "Nguyễn van an") == nil, "typing with marks is never second-guessed")
        #expect(typing.proposal(for: "qqq xxx") == nil)
        #expect("  Nguyễn  Đức ".typingKey == "nguyen duc" && "nguyen".isWithoutMarks && !"đuc".isWithoutMarks)
    }
}

/// What a check crop of a group confirmation grid may show: a value plainly unlike the grid's.
@Suite struct VisibleDifferenceTests {
    @Test func valuesThatLookAlikeAreNotChecksOfEachOther() {
        #expect("2".isVisiblyDifferent(from: "1") && "Tày".isVisiblyDifferent(from: "Kinh"))
        #expect("Xã Lộc Hòa, thành phố Nam Định".isVisiblyDifferent(from: "Cẩm Hòa, Cẩm Xuyên, Hà Tĩnh"), "one word of four in common")
        #expect("Nguyễn Văn An".isVisiblyDifferent(from: ""), "writing against a blank cell")
        #expect(!"Xã Cẩm Hòa, huyện Cẩm Xuyên".isVisiblyDifferent(from: "Cẩm Hòa, Cẩm Xuyên"), "the same place, worded otherwise")
        #expect(!"Con gái".isVisiblyDifferent(from: "Con") && !"KINH".isVisiblyDifferent(from: "Kinh") && !"".isVisiblyDifferent(from: ""))
    }
}
