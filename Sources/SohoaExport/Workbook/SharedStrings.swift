/// The shared-string table of a workbook: each distinct text once, in order of first use, cells pointing at it.
struct SharedStrings {
    private var indexes: [String: Int] = [:]
    private var strings: [String] = []
    private var uses = 0

    init(_ rows: [[SheetCell]]) {
        for row in rows {
            for case .text(let text) in row where !text.isEmpty {
                uses += 1
                if indexes[text] == nil {
                    indexes[text] = strings.count
                    strings.append(text)
                }
            }
        }
    }

    func index(of text: String) -> Int { indexes[text] ?? 0 }

    var xml: String {
        var xml = Workbook.declaration
            + "<sst xmlns=\"\(Workbook.mainNamespace)\" count=\"\(uses)\" uniqueCount=\"\(strings.count)\">"
        for text in strings { xml += "<si><t xml:space=\"preserve\">\(XMLText.escaped(text))</t></si>" }
        return xml + "</sst>"
    }
}
