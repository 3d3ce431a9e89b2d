import SohoaStore

/// The name of a record's PDF: the book, the printed page number and the registration number, e.g.
/// `ks-thachthanh-2008-01_trang12_so15-2008.pdf`. Without a page number the opening stands in (`mo7`); without a
/// registration number the row does (`dong3`); when two records would share a name (a page number misread twice),
/// the row and then the opening are added, which no two records share. ASCII letters, digits, `-` and `_` only.
enum RecordFileName {
    static func pdf(book: String, record: ExportRecord, exported: ExportedRecord, taken: Set<String>) -> String {
        let page = exported.values["trangSo"].map { "trang\($0)" } ?? "mo\(record.openingSequence)"
        let number = exported.values["so"].map { "so\($0)" } ?? "dong\(record.row)"
        let candidates = [
            [book, page, number], [book, page, number, "dong\(record.row)"],
            [book, page, number, "mo\(record.openingSequence)", "dong\(record.row)"],
        ].map(name)
        return candidates.first { !taken.contains($0) } ?? candidates[candidates.count - 1]
    }

    private static func name(_ parts: [String]) -> String {
        let safe = parts.joined(separator: "_").unicodeScalars.map { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_")
                ? Character(scalar) : "-"
        }
        return String(safe) + ".pdf"
    }
}
