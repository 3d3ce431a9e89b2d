/// A date written in Vietnamese words, as the national sheet's `…BangChu` columns want it: `27.08.2008` →
/// `Ngày Hai Mươi Bảy Tháng Tám Năm Hai Nghìn Không Trăm Linh Tám` (templates.md). Days 1–10 take `Mồng`, as birth
/// certificates write them; `mốt`, `tư`, `lăm` follow the usual reading of tens (`hai mươi mốt`, `hai mươi tư`,
/// `mười lăm`); every word is capitalized, as in the template's example.
public enum DateInWords {
    public static func words(_ date: CalendarDate) -> String {
        let day = (date.day <= 10 ? "mồng " : "") + number(date.day)
        let phrase = "ngày \(day) tháng \(month(date.month)) năm \(number(date.year))"
        return phrase.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    private static let digits = ["không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]

    /// Months are named by their number, April as `tư`.
    private static func month(_ month: Int) -> String { month == 4 ? "tư" : number(month) }

    /// 0…9999 in words: `2008` → `hai nghìn không trăm linh tám`, `1987` → `một nghìn chín trăm tám mươi bảy`.
    static func number(_ value: Int) -> String {
        guard value >= 100 else { return belowHundred(value) }
        let (thousands, hundreds, rest) = (value / 1000, value / 100 % 10, value % 100)
        var words: [String] = []
        if thousands > 0 { words.append("\(digits[thousands]) nghìn") }
        if hundreds > 0 || rest > 0 || thousands == 0 { words.append("\(digits[hundreds]) trăm") }
        if rest > 0 { words.append(rest < 10 ? "linh \(digits[rest])" : belowHundred(rest)) }
        return words.joined(separator: " ")
    }

    /// 0…99 in words: `10` mười, `15` mười lăm, `21` hai mươi mốt, `24` hai mươi tư, `30` ba mươi.
    private static func belowHundred(_ value: Int) -> String {
        let (tens, units) = (value / 10, value % 10)
        guard tens > 0 else { return digits[units] }
        let head = tens == 1 ? "mười" : "\(digits[tens]) mươi"
        switch units {
        case 0: return head
        case 1 where tens > 1: return "\(head) mốt"
        case 4 where tens > 1: return "\(head) tư"
        case 5: return "\(head) lăm"
        default: return "\(head) \(digits[units])"
        }
    }
}
