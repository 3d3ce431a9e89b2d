import Foundation
import SohoaCore
import Testing

/// The decoder turns handwriting that Tesseract half read into what the book's lists and dates allow, with honest
/// probabilities, and does not force a value that lies outside them. The readings are Tesseract's, of handwritten
/// cells of generated books (`scripts/make-samples --hands tune --seed 303`).
@Suite struct FieldDecoderTests {
    static let history: Result<String, any Error> = Result {
        try String(contentsOf: RecordRouterTests.root.appendingPathComponent("domain/admin-units-history.json"), encoding: .utf8)
    }

    let decoder: FieldDecoder

    /// The book the readings come from: Cẩm Hòa's, opened in 2013.
    static func book() throws -> BookContext {
        BookContext(
            noiDangKy: "UBND xã Cẩm Hòa, huyện Cẩm Xuyên, tỉnh Hà Tĩnh", namMoSo: 2013,
            choices: try PlaceChoices(history: try history.get()))
    }

    init() throws {
        decoder = FieldDecoder(lexicons: try RecordRouterTests.lexicons.get(), book: try Self.book())
    }

    func decode(
        _ field: String, _ type: FieldType, _ text: String, confidence: Double, registered: CalendarDate? = nil, bornYear: Int? = nil
    ) -> [FieldCandidate] {
        let evidence = CellEvidence(lines: [text], confidence: confidence, blank: false)
        return decoder.candidates(
            field: field, type: type, text: text, evidence: evidence, current: text,
            record: FieldDecoder.RecordFacts(registered: registered, bornYear: bornYear))
    }

    @Test func aMisreadPlaceOfTheBooksDistrictIsDecodedWithConfidence() {
        let candidates = decode("nktNoiCuTru", .place, "Cẩm tòa, Cẩm xuLên Hà Tỉnh ve", confidence: 0.476)
        #expect(candidates.first?.value == "Cẩm Hòa, Cẩm Xuyên, Hà Tĩnh")
        #expect((candidates.first?.p ?? 0) > 0.9)
        #expect(candidates.first?.listed == true)
    }

    @Test func aHamletBeforeThePlaceKeepsItsNumberAndGetsItsWordRight() {
        let candidates = decode("nksNoiSinh", .place, "Tố 9, xã Cẩm Hòa, huyện Cẩm Xuyên, tỉnh Hà Tĩnh", confidence: 0.4)
        #expect(candidates.first?.value == "Tổ 9, xã Cẩm Hòa, huyện Cẩm Xuyên, tỉnh Hà Tĩnh")
    }

    @Test func aPlaceInAnotherProvinceReadWithConfidenceIsNotForcedIntoThisOne() {
        let elsewhere = "Xã Tân Lập, huyện Đan Phượng, thành phố Hà Nội"
        let candidates = decode("nksNoiSinh", .place, elsewhere, confidence: 0.93)
        #expect(candidates.first?.value == elsewhere)
        #expect(candidates.first?.listed == false)
    }

    @Test func closedListsDecodeTheirMisreadings() {
        #expect(decode("nktQuocTich", .nationality, "Việ† lam", confidence: 0.346).first?.value == "Việt Nam")
        #expect(decode("nktGioiTinh", .sex, "Mữ", confidence: 0.534).first?.value == "2")
        #expect(decode("nycQuanHe", .nameRelation, "Chẳng", confidence: 0.132).first?.value == "Chồng")
        // Four letters, two of them misread, among 54 groups: offered first, not sure enough to accept.
        let ethnic = decode("nktDanToc", .ethnic, "Kúh,", confidence: 0.32)
        #expect(ethnic.first?.value == "Kinh")
        #expect(ethnic.allSatisfy { $0.p < RoutingPolicy.calibrated.decodedAcceptance }, "\(ethnic.prefix(3))")
    }

    @Test func aDateIsDecodedInsideWhatTheRecordAllows() {
        let registered = CalendarDate(day: 20, month: 3, year: 2013)
        let born = decode("nktNgaySinh", .dateOrYear, "naêu 2 tháng 1o năm #33", confidence: 0.223, registered: registered)
        #expect(born.prefix(5).contains { $0.value == "02.10.1933" })
        // A registration date of the book's years, written with its separator.
        let registration = decode("ngayDangKy", .date, "21/O3/2o13", confidence: 0.3)
        #expect(registration.first?.value == "21.03.2013")
        // The date of a death shortly before its registration, never after it.
        let died = decode("nktNgayChet", .date, "11/6/2014", confidence: 0.5, registered: CalendarDate(day: 25, month: 6, year: 2013))
        #expect(died.first?.value == "11.06.2013", "\(died.prefix(5).map(\.value))")
        #expect(!died.contains { $0.value == "11.06.2014" })
    }

    /// What little Tesseract read of `Kinh` in a held-out face (`(4`, `3%,`, `VI 2`) is no evidence for any group:
    /// however much the majority group weighs, no group comes near acceptance.
    @Test func anIllegibleEthnicGroupIsNeverSure() {
        for reading in ["(4", "3%,", "VI 2"] {
            let listed = decode("nktDanToc", .ethnic, reading, confidence: 0.2).filter(\.listed)
            #expect(listed.allSatisfy { $0.p < 0.5 }, "\(reading): \(listed.prefix(3))")
        }
    }

    /// `Nam` in a held-out face (Great Vibes, seed 909) read as the digit `2`: the reading as it stands is the code
    /// `Nữ` exports, but a `2` in the cell is no written `Nữ`, and must not lend it its likelihood.
    @Test func aSexCellReadAsACodeIsNoEvidenceForTheWordBehindTheCode() {
        let candidates = decode("nktGioiTinh", .sex, "2", confidence: 0.64)
        #expect(candidates.allSatisfy { $0.p < RoutingPolicy.calibrated.decodedAcceptance }, "\(candidates)")
        #expect(!candidates.contains { $0.value == "2" && $0.p > 0.5 }, "\(candidates)")
    }

    @Test func aJunkReadingStaysUnlistedAndCannotBeAccepted() {
        let candidates = decode("nktQuocTich", .nationality, "lấ |", confidence: 0)
        #expect(candidates.first.map { !$0.listed || $0.p < 0.5 } == true)
    }

    @Test func columnsWithoutAVocabularyAreNotDecoded() {
        #expect(decode("ghiChu", .text, "Bệnh", confidence: 0.2).isEmpty)
    }
}

extension FieldDecoderTests {
    @Test func aNameIsDecodedIntoASurnameAndAGivenNameFromTheLists() {
        // Tesseract's reading of a handwritten `Trần Khắc Trọng`.
        let candidates = decode("nksHoTen", .name, "Trần Khắc Trọn", confidence: 0.5)
        #expect(candidates.prefix(5).contains { $0.value == "Trần Khắc Trọng" })
        #expect(candidates.first.map { $0.value.hasPrefix("Trần ") } == true)
    }

    @Test func aNameOutsideTheListsReadWithConfidenceIsNeverForcedIntoOne() {
        // A given name the lists do not hold, read cleanly: offered as read, no listed name sure enough to accept.
        let written = "Nguyễn Thị Xuyến Chi"
        let candidates = decode("nksHoTen", .name, written, confidence: 0.95)
        #expect(candidates.prefix(5).contains { $0.value == written })
        #expect(candidates.allSatisfy { $0.value == written || $0.p < 0.9 })
    }
}
