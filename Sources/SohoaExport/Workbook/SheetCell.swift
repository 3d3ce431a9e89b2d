/// One cell of a worksheet. Text stays text: `01/2008` or an ID number is never turned into a date or a number.
public enum SheetCell: Sendable, Equatable {
    case text(String)
    case number(Int)
}
