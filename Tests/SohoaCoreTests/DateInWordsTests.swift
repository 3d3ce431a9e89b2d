import SohoaCore
import Testing

/// The `…BangChu` columns: a date in Vietnamese words, as the national template writes it.
@Suite struct DateInWordsTests {
    @Test(arguments: [
        ("27.08.2008", "Ngày Hai Mươi Bảy Tháng Tám Năm Hai Nghìn Không Trăm Linh Tám"),  // the template's example
        ("01.01.1990", "Ngày Mồng Một Tháng Một Năm Một Nghìn Chín Trăm Chín Mươi"),
        ("10.04.2010", "Ngày Mồng Mười Tháng Tư Năm Hai Nghìn Không Trăm Mười"),
        ("15.12.2015", "Ngày Mười Lăm Tháng Mười Hai Năm Hai Nghìn Không Trăm Mười Lăm"),
        ("21.11.2021", "Ngày Hai Mươi Mốt Tháng Mười Một Năm Hai Nghìn Không Trăm Hai Mươi Mốt"),
        ("24.05.1984", "Ngày Hai Mươi Tư Tháng Năm Năm Một Nghìn Chín Trăm Tám Mươi Tư"),
        ("31.03.1905", "Ngày Ba Mươi Mốt Tháng Ba Năm Một Nghìn Chín Trăm Linh Năm"),
        ("11.10.2000", "Ngày Mười Một Tháng Mười Năm Hai Nghìn"),
        ("14.06.1875", "Ngày Mười Bốn Tháng Sáu Năm Một Nghìn Tám Trăm Bảy Mươi Lăm"),
    ])
    func datesInWords(exported: String, words: String) throws {
        let date = try #require(CalendarDate(exported: exported))
        #expect(DateInWords.words(date) == words)
    }

    @Test(arguments: ["", "1987", "12/03/1987", "1.3.1987", "31.04.1987", "12.03.87", "１２.03.1987"])
    func onlyWholeExportedDatesAreDates(text: String) {
        #expect(CalendarDate(exported: text) == nil)
    }
}
