import Foundation
import SohoaCore
import Testing

/// Readings become the values of the national sheet; an impossible value is an error, never "fixed".
@Suite struct FieldValueTests {
    @Test(arguments: [
        ("12/3/1987", "12.03.1987"), ("12-03-1987", "12.03.1987"), ("12.3.1987", "12.03.1987"),
        ("ngày 12 tháng 3 năm 1987", "12.03.1987"), ("Ngày 12 tháng 3\nnăm 1987", "12.03.1987"),
        (" 1 / 12 / 2012 ", "01.12.2012"), ("29/2/2008", "29.02.2008"), ("ngày 29 tháng 10\nnăm 2012", "29.10.2012"),
    ])
    func datesInEveryWrittenForm(text: String, value: String) throws {
        #expect(try DateReading.date(text).exported == value)
    }

    /// A ruling read as `|` beside or between words is no part of the reading; among digits it may be a `1` and stays.
    @Test(arguments: [
        ("| Việt Nam", "Việt Nam"), ("Vũ Hạ Băng | ||", "Vũ Hạ Băng"), ("Tai biển mạch | máu não", "Tai biển mạch máu não"),
        ("| ngày 1 tháng 9 năm 2005 ||", "ngày 1 tháng 9 năm 2005"), ("ngày |ỗ tháng 1", "ngày |ỗ tháng 1"), ("| 12", "| 12"),
        ("|", "|"), ("Mường", "Mường"),
    ])
    func rulingMarksLeaveReadingsOfWords(text: String, reading: String) {
        #expect(text.withoutRulingMarks == reading)
    }

    @Test(arguments: ["31/4/1987", "29/2/1987", "12/13/1987", "0/1/1987", "12/3/5005", "12/3/87", "12/3", "1987", "ngày 12 tháng năm 1987", "12/3/1987 x", "١٢/٣/١٩٨٧"])
    func impossibleOrIncompleteDatesAreRefused(text: String) {
        #expect(throws: ValueError.invalidDate) { try DateReading.date(text) }
    }

    @Test func yearsAndDatesOrYears() throws {
        #expect(try DateReading.year(" 1961 ") == 1961)
        #expect(throws: ValueError.invalidYear) { try DateReading.year("196") }
        #expect(throws: ValueError.invalidYear) { try DateReading.year("5005") }
        #expect(try DateReading.dateOrYear("1924") == "1924")
        #expect(try DateReading.dateOrYear("24/1/1918") == "24.01.1918")
    }

    @Test func sexNumbersAndTimes() throws {
        #expect(try FieldValues.sex("Nam") == "1")
        #expect(try FieldValues.sex("Nu\u{31B}\u{303}") == "2")  // decomposed Nữ is the same word
        #expect(throws: ValueError.invalidSex) { try FieldValues.sex("Nu") }
        let registered = try #require(CalendarDate(day: 21, month: 11, year: 2009))
        #expect(try FieldValues.registrationNumber("36", registeredOn: registered) == "36/2009")
        #expect(throws: ValueError.invalidNumber) { try FieldValues.registrationNumber("3b", registeredOn: registered) }
        #expect(try FieldValues.timeOfDay("9 giờ 45") == "09:45")
        #expect(try FieldValues.timeOfDay("20h45") == "20:45")
        #expect(throws: ValueError.invalidTime) { try FieldValues.timeOfDay("25 giờ 10") }
        let death = try FieldValues.dateAndTime("20 giờ 45\n19/10/2012")
        #expect(death.date == "19.10.2012" && death.time == "20:45")
        #expect(try FieldValues.dateAndTime("8/10/2012").time == nil)
    }

    /// Every date, year, sex, number and time the sample generator wrote, read back to the value its truth gives.
    @Test func everyValueOfTheSampleTruth() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("samples/truth.json")
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
        let books = try #require(truth?["books"] as? [String: [String: Any]])
        var checked = 0
        for book in books.values {
            for record in book["records"] as? [[String: Any]] ?? [] {
                let fields = record["fields"] as? [String: [String: Any]] ?? [:]
                func text(_ name: String) -> String { fields[name]?["text"] as? String ?? "" }
                func value(_ name: String) -> String { fields[name]?["value"] as? String ?? "" }
                guard fields["ngayDangKy"]?["damage"] is NSNull, !text("ngayDangKy").isEmpty else { continue }
                let registered = try DateReading.date(text("ngayDangKy"))
                #expect(registered.exported == value("ngayDangKy"))
                #expect(try FieldValues.registrationNumber(text("so"), registeredOn: registered) == value("so"))
                for name in ["nksNgaySinh", "chongNgaySinh", "voNgaySinh", "nktNgayChet"] where !text(name).isEmpty {
                    #expect(try DateReading.date(text(name)).exported == value(name), "\(name) \(text(name))")
                    checked += 1
                }
                for name in ["meNgaySinh", "chaNgaySinh", "nktNgaySinh"] where !text(name).isEmpty {
                    #expect(try DateReading.dateOrYear(text(name)) == value(name), "\(name) \(text(name))")
                    checked += 1
                }
                for name in ["nksGioiTinh", "nktGioiTinh"] where !text(name).isEmpty {
                    #expect(try FieldValues.sex(text(name)) == value(name))
                }
                if !text("nktGioPhutChet").isEmpty {
                    #expect(try FieldValues.timeOfDay(text("nktGioPhutChet")) == value("nktGioPhutChet"))
                }
                checked += 2
            }
        }
        #expect(checked > 50)
    }
}
