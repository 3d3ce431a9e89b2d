import SohoaStore

/// The name of a record's PDF: the book, the printed page number and the registration number, e.g.
/// `ks-thachthanh-2008-01_trang12_so15-2008.pdf`. Without a page number the opening stands in (`mo7`); without a
/// registration number, or when two records would share a name, the row is added (`dong3`). ASCII letters, digits,
/// `-` and `_` only.
enum RecordFileName {
    static func pdf(book: String, record: ExportRecord, exported: ExportedRecord, taken: Set<String>) -> String {
        let page = exported.values["trangSo"].map { "trang\($0)" } ?? "mo\(record.openingSequence)"
        let number = exported.values["so"].map { "so\($0)" }
        var parts = [book, page] + (number.map { [$0] } ?? ["dong\(record.row)"])
        if taken.contains(name(parts)) { parts.append("dong\(record.row)") }
        return name(parts)
    }

    private static func name(_ parts: [String]) -> String {
        let safe = parts.joined(separator: "_").unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "-_.".unicodeScalars.contains(scalar))
                ? Character(scalar) : "-"
        }
        return String(safe) + ".pdf"
    }
}
