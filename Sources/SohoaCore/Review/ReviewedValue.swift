/// A reviewer's typed value made into the value the national sheet gets, by the same parsers the pipeline reads
/// with: a date must exist, a year be plausible, the sex be `Nam` or `Nữ`, an ethnic group or nationality be on
/// its list. Names, places and free text are taken as typed (NFC): the book is the legal record, and a reviewer's
/// reading is not pushed toward a dictionary form; only a place's kind words take the sheet's case (`Xã`, `huyện`).
public enum ReviewedValue {
    /// Why a typed value is refused, in words for the review page.
    public struct Refusal: Error, Sendable, Equatable {
        public var message: String
    }

    /// The export value of `input` typed for field number `index` of a column of `type` (a date-and-time column's
    /// second field is its time, a name-and-relation column's its relation). Digits alone are read as
    /// `KeyedShorthand` says, a bare registration number in `registrationYear`.
    public static func parse(
        _ input: String, type: FieldType, index: Int, ethnicGroups: EthnicGroups, registrationYear: Int? = nil
    ) throws(Refusal) -> String {
        let text = KeyedShorthand.expanded(input, type: type, index: index, registrationYear: registrationYear).registerText
        guard !text.isEmpty else { throw Refusal(message: "Ô trống: nếu không đọc được, chọn «Không đọc được».") }
        switch type {
        case .ethnic:
            guard let group = ethnicGroups.group(named: text) else { throw Refusal(message: "Không có dân tộc «\(text)» trong danh mục.") }
            return group.name
        case .nationality:
            guard Nationality.isKnown(text) else { throw Refusal(message: "Quốc tịch «\(text)» không có trong danh mục.") }
            return text
        default: break
        }
        do throws(ValueError) {
            switch (type, index) {
            case (.date, _), (.dateTime, 0): return try DateReading.date(text).exported
            case (.dateTime, _): return try FieldValues.timeOfDay(text)
            case (.year, _): return String(try DateReading.year(text))
            case (.dateOrYear, _): return try DateReading.dateOrYear(text)
            case (.sex, _): return ["1", "2"].contains(text) ? text : try FieldValues.sex(text)
            case (.number, _): return try registrationNumber(text)
            case (.place, _): return UnitKind.normalizingKindWords(in: text)
            case (.name, _), (.nameRelation, _), (.text, _), (.ethnic, _), (.nationality, _): return text
            }
        } catch {
            throw Refusal(message: message(error, text))
        }
    }

    /// `15/2008`: a number, a slash and the registration year.
    private static func registrationNumber(_ text: String) throws(ValueError) -> String {
        let parts = text.split(separator: "/").map(String.init)
        guard parts.count == 2, let year = Int(parts[1]), CalendarDate.plausibleYears.contains(year),
            let date = CalendarDate(day: 1, month: 1, year: year)
        else { throw .invalidNumber }
        return try FieldValues.registrationNumber(parts[0], registeredOn: date)
    }

    private static func message(_ error: ValueError, _ text: String) -> String {
        switch error {
        case .invalidDate: "«\(text)» không phải là một ngày có thật (ngày.tháng.năm, ví dụ 27.08.2008)."
        case .invalidYear: "«\(text)» không phải là một năm hợp lệ."
        case .invalidSex: "Giới tính phải là Nam hoặc Nữ."
        case .invalidNumber: "Số đăng ký phải có dạng số/năm, ví dụ 15/2008."
        case .invalidTime: "Giờ phải có dạng giờ:phút, ví dụ 20:45."
        }
    }
}
