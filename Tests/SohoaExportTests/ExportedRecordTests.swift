import Foundation
import SohoaCore
@testable import SohoaExport
import SohoaStore
import Testing

/// What each template column of a record's row gets.
@Suite struct ExportedRecordTests {
    static let template = ImportTemplates.Template(
        registerType: "KS",
        columns: ["STT", "so", "quyenSo", "trangSo", "noiDangKy", "ghiChu", "nksHoTen", "nksNgaySinh", "nksNgaySinhBangChu",
                  "nksNoiSinh", "nksDanToc"],
        derived: ["nksNgaySinhBangChu": .init(from: "nksNgaySinh", rule: .dateInWords)])
    static let columns = ["so", "nksHoTen", "nksNgaySinh", "nksNoiSinh", "nksDanToc", "ghiChu"]

    static func field(_ value: String, _ status: FieldStatus = .accepted) -> ExportField {
        ExportField(text: value, value: value, status: status, confidence: 0.9, reasons: status == .accepted ? [] : ["blur"])
    }

    static func record(_ fields: [String: ExportField], leftPage: Int? = 12) -> ExportRecord {
        let image = URL(fileURLWithPath: "/nonexistent.jpg")
        return ExportRecord(
            openingSequence: 6, row: 3,
            pages: [
                ExportPage(side: "left", file: "0007.tif", frame: 0, pageNumber: leftPage, deliveryImage: image),
                ExportPage(side: "right", file: "0007.tif", frame: 0, pageNumber: leftPage.map { $0 + 1 }, deliveryImage: image),
            ],
            fields: fields)
    }

    static let book = ExportBook(
        id: "ks-thachthanh-2008-01", folder: "/books/ks", pipeline: "ks-ledger",
        noiDangKy: "UBND xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa", quyenSo: "01/2008", records: [],
        lastChange: Date(timeIntervalSince1970: 0))

    @Test func bookValuesPageNumberAndDerivedDateFillTheRow() {
        let record = Self.record([
            "so": Self.field("15/2008"), "nksHoTen": Self.field("Nguyễn Thị Hồng Nhung", .confirmed),
            "nksNgaySinh": Self.field("27.08.2008", .corrected), "nksNoiSinh": Self.field("Thạch Thành"),
            "nksDanToc": Self.field("Kinh"), "ghiChu": Self.field(""),
        ])
        let exported = ExportedRecord(record, number: 4, of: Self.book, columns: Self.columns, template: Self.template)
        #expect(exported.sheetRow(Self.template) == [
            .number(4), .text("15/2008"), .text("01/2008"), .text("12"), .text(Self.book.noiDangKy), .text(""),
            .text("Nguyễn Thị Hồng Nhung"), .text("27.08.2008"),
            .text("Ngày Hai Mươi Bảy Tháng Tám Năm Hai Nghìn Không Trăm Linh Tám"), .text("Thạch Thành"), .text("Kinh"),
        ])
    }

    @Test func illegibleFieldsAreBlankAndNamedInGhiChuAfterTheWrittenNote() {
        let record = Self.record([
            "so": Self.field("15/2008"), "nksHoTen": Self.field("Ng?yễn", .illegible),
            "nksNgaySinh": Self.field("27.08.2008", .illegible), "nksNoiSinh": Self.field("Thạch Thành"),
            "nksDanToc": Self.field("Kinh"), "ghiChu": Self.field("Đăng ký lại"),
        ])
        let exported = ExportedRecord(record, number: 1, of: Self.book, columns: Self.columns, template: Self.template)
        #expect(exported.values["nksHoTen"] == nil)
        #expect(exported.values["nksNgaySinh"] == nil)
        #expect(exported.values["nksNgaySinhBangChu"] == nil, "no words for a date nobody could read")
        #expect(exported.values["ghiChu"] == "Đăng ký lại; Không đọc được: nksHoTen, nksNgaySinh")
    }

    @Test func pendingFieldsKeepTheirReadingAndAreNamedInGhiChu() {
        let record = Self.record([
            "so": Self.field("15/2008"), "nksHoTen": Self.field("Nguyễn Văn An", .review),
            "nksNgaySinh": Self.field("", .illegible), "nksNoiSinh": Self.field("Thạch Thành", .review),
            "nksDanToc": Self.field("Kinh"), "ghiChu": Self.field(""),
        ], leftPage: nil)
        let exported = ExportedRecord(record, number: 1, of: Self.book, columns: Self.columns, template: Self.template)
        #expect(exported.values["nksHoTen"] == "Nguyễn Văn An")
        #expect(exported.values["ghiChu"] == "Không đọc được: nksNgaySinh; Chưa duyệt: nksHoTen, nksNoiSinh")
        #expect(exported.values["trangSo"] == nil, "no page number read, none invented")
    }

    @Test func valuesAreNFC() {
        let decomposed = "Nguye\u{0302}\u{0303}n"  // Nguyễn, decomposed
        let record = Self.record(["nksHoTen": Self.field(decomposed)])
        let exported = ExportedRecord(record, number: 1, of: Self.book, columns: Self.columns, template: Self.template)
        #expect(exported.values["nksHoTen"]?.unicodeScalars.elementsEqual("Nguyễn".unicodeScalars) == true)
    }

    @Test func recordFilesAreNamedByBookPageAndNumberAndNeverCollide() {
        let numbered = ExportedRecord(
            Self.record(["so": Self.field("15/2008")]), number: 1, of: Self.book, columns: Self.columns, template: Self.template)
        let first = RecordFileName.pdf(book: Self.book.id, record: Self.record([:]), exported: numbered, taken: [])
        #expect(first == "ks-thachthanh-2008-01_trang12_so15-2008.pdf")
        let again = RecordFileName.pdf(book: Self.book.id, record: Self.record([:]), exported: numbered, taken: [first])
        #expect(again == "ks-thachthanh-2008-01_trang12_so15-2008_dong3.pdf")
        let third = RecordFileName.pdf(book: Self.book.id, record: Self.record([:]), exported: numbered, taken: [first, again])
        #expect(third == "ks-thachthanh-2008-01_trang12_so15-2008_mo6_dong3.pdf")
        let unnumbered = ExportedRecord(
            Self.record(["so": Self.field("", .illegible)], leftPage: nil), number: 1, of: Self.book, columns: Self.columns,
            template: Self.template)
        #expect(RecordFileName.pdf(book: Self.book.id, record: Self.record([:]), exported: unnumbered, taken: [])
            == "ks-thachthanh-2008-01_mo6_dong3.pdf")
    }
}
