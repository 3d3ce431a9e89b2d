/// The rules a `book.yaml` value must follow, independent of how the file was parsed.
public enum BookConfigurationRules {
    /// Years a Vietnamese civil-registry book can have been opened in.
    public static func plausibleOpeningYears(now: Int) -> ClosedRange<Int> { 1945...now }

    /// Checks `quyenSo` (`NN/YYYY`: a book number, a slash, a four-digit year). Returns the message of the fault, or nil.
    public static func quyenSoProblem(_ value: String) -> String? {
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2,
            let number = parts.first, !number.isEmpty, number.count <= 4, number.allSatisfy(\.isASCIIDigit),
            let year = parts.last, year.count == 4, year.allSatisfy(\.isASCIIDigit)
        else { return "expected a book number and year like \"01/2008\", found \"\(value)\"" }
        return nil
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9 (not any Unicode digit).
    public var isASCIIDigit: Bool { isASCII && isNumber }
}
