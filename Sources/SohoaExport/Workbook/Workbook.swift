public import Foundation

/// A one-sheet Office Open XML workbook (`.xlsx`), the form the national import takes: text in the shared-string
/// table with the text number format (`@`), so that a spreadsheet neither reads `01/2008` as a date nor drops an
/// ID number's leading zero; the header row bold and frozen. The parts are written into a ZIP package by
/// `DeterministicZip`, so the same rows give the same bytes.
public struct Workbook: Sendable {
    public var sheetName: String
    /// Rows top to bottom, the first being the header row.
    public var rows: [[SheetCell]]

    public init(sheetName: String, rows: [[SheetCell]]) {
        self.sheetName = sheetName
        self.rows = rows
    }

    /// Writes the workbook to `url`, every part stamped `modified`.
    public func write(to url: URL, modified: Date) throws(ExportError) {
        let zip = try DeterministicZip(creating: url, modified: modified)
        for (path, xml) in parts {
            try zip.add(path, data: Data(xml.utf8), compressed: true)
        }
    }

    /// The package's parts, in the order Office writes them.
    var parts: [(path: String, xml: String)] {
        let strings = SharedStrings(rows)
        return [
            ("[Content_Types].xml", Self.contentTypes),
            ("_rels/.rels", Self.packageRelationships),
            ("xl/workbook.xml", workbookXML),
            ("xl/_rels/workbook.xml.rels", Self.workbookRelationships),
            ("xl/styles.xml", Self.styles),
            ("xl/sharedStrings.xml", strings.xml),
            ("xl/worksheets/sheet1.xml", sheetXML(strings)),
        ]
    }

    /// The column letters of a 0-based column index: 0 → `A`, 25 → `Z`, 26 → `AA`.
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let letter = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + letter))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    private func sheetXML(_ strings: SharedStrings) -> String {
        let width = rows.map(\.count).max() ?? 0
        var xml = Self.declaration + "<worksheet xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipsNamespace)\">"
        if width > 0 { xml += "<dimension ref=\"A1:\(Self.columnName(width - 1))\(rows.count)\"/>" }
        xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\""
            + " state=\"frozen\"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/><sheetData>"
        for (rowIndex, row) in rows.enumerated() {
            let style = rowIndex == 0 ? Self.headerStyle : Self.textStyle
            xml += "<row r=\"\(rowIndex + 1)\">"
            for (columnIndex, cell) in row.enumerated() {
                let reference = "\(Self.columnName(columnIndex))\(rowIndex + 1)"
                switch cell {
                case .text(let text) where text.isEmpty: continue
                case .text(let text): xml += "<c r=\"\(reference)\" s=\"\(style)\" t=\"s\"><v>\(strings.index(of: text))</v></c>"
                case .number(let number): xml += "<c r=\"\(reference)\"><v>\(number)</v></c>"
                }
            }
            xml += "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    private var workbookXML: String {
        Self.declaration + "<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipsNamespace)\">"
            + "<sheets><sheet name=\"\(XMLText.escaped(sheetName))\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
    }

    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageNamespace = "http://schemas.openxmlformats.org/package/2006"
    /// Indexes into `styles`' cell formats.
    private static let textStyle = 1
    private static let headerStyle = 2

    private static let contentTypes = declaration + """
        <Types xmlns="\(packageNamespace)/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/xl/workbook.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
        <Override PartName="/xl/worksheets/sheet1.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
        <Override PartName="/xl/styles.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
        <Override PartName="/xl/sharedStrings.xml" \
        ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
        </Types>
        """

    private static let packageRelationships = declaration + """
        <Relationships xmlns="\(packageNamespace)/relationships">\
        <Relationship Id="rId1" Type="\(relationshipsNamespace)/officeDocument" Target="xl/workbook.xml"/>\
        </Relationships>
        """

    private static let workbookRelationships = declaration + """
        <Relationships xmlns="\(packageNamespace)/relationships">\
        <Relationship Id="rId1" Type="\(relationshipsNamespace)/worksheet" Target="worksheets/sheet1.xml"/>\
        <Relationship Id="rId2" Type="\(relationshipsNamespace)/styles" Target="styles.xml"/>\
        <Relationship Id="rId3" Type="\(relationshipsNamespace)/sharedStrings" Target="sharedStrings.xml"/>\
        </Relationships>
        """

    /// Cell formats: 0 general (numbers), 1 text, 2 text in bold (the header row).
    private static let styles = declaration + """
        <styleSheet xmlns="\(mainNamespace)">\
        <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>\
        <font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
        <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
        <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
        <cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
        <xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
        <xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>\
        <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
        </styleSheet>
        """
}
