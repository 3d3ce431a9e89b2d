import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import ZIPFoundation

/// Reads back the first sheet of an `.xlsx`, as a spreadsheet application would: the workbook's sheet name, and
/// each row's cells by column, shared strings resolved, numbers as written, missing cells blank.
struct WorkbookReader {
    var sheetName: String
    var rows: [[String]]
    /// The number format of each cell style, by style index.
    var cellStyles: [Int: Int]
    /// The style index of each non-empty cell, by reference (`A1`).
    var styleOfCell: [String: Int]

    init(_ url: URL) throws {
        let archive = try Archive(url: url, accessMode: .read)
        func part(_ path: String) throws -> Data {
            guard let entry = archive[path] else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return data
        }
        let strings = try XMLElements(part("xl/sharedStrings.xml"))
        var shared: [String] = []
        var current = ""
        for event in strings.events {
            switch event {
            case .start("si", _): current = ""
            case .text(let text): current += text
            case .end("si"): shared.append(current)
            default: break
            }
        }
        sheetName = try XMLElements(part("xl/workbook.xml")).events.compactMap { event in
            if case .start("sheet", let attributes) = event { attributes["name"] } else { nil }
        }.first ?? ""
        cellStyles = [:]
        var inCellFormats = false
        for event in try XMLElements(part("xl/styles.xml")).events {
            switch event {
            case .start("cellXfs", _): inCellFormats = true
            case .end("cellXfs"): inCellFormats = false
            case .start("xf", let attributes) where inCellFormats:
                cellStyles[cellStyles.count] = Int(attributes["numFmtId"] ?? "0") ?? 0
            default: break
            }
        }
        rows = []
        styleOfCell = [:]
        var row: [String] = []
        var cell: (column: Int, reference: String, shared: Bool)?
        var value = ""
        for event in try XMLElements(part("xl/worksheets/sheet1.xml")).events {
            switch event {
            case .start("row", _): row = []
            case .end("row"): rows.append(row)
            case .start("c", let attributes):
                let reference = attributes["r"] ?? ""
                cell = (Self.columnIndex(reference), reference, attributes["t"] == "s")
                styleOfCell[reference] = Int(attributes["s"] ?? "0") ?? 0
                value = ""
            case .text(let text) where cell != nil: value += text
            case .end("c"):
                guard let done = cell else { break }
                while row.count < done.column { row.append("") }
                row.append(done.shared ? shared[Int(value) ?? 0] : value)
                cell = nil
            default: break
            }
        }
    }

    /// `A1` → 0, `Z9` → 25, `AA12` → 26.
    static func columnIndex(_ reference: String) -> Int {
        reference.prefix { $0.isLetter }.unicodeScalars.reduce(0) { $0 * 26 + Int($1.value) - 64 } - 1
    }
}

/// The start, end and text events of an XML document, in order.
struct XMLElements {
    enum Event {
        case start(String, [String: String])
        case end(String)
        case text(String)
    }

    let events: [Event]

    init(_ data: Data) throws {
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { throw parser.parserError ?? CocoaError(.fileReadCorruptFile) }
        events = collector.events
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var events: [Event] = []

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String]
        ) { events.append(.start(name, attributes)) }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            events.append(.end(name))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { events.append(.text(string)) }
    }
}
