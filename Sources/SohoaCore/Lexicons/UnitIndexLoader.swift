/// Reads the two administrative-unit files into a `UnitIndex`: the list of 2025 (`admin-units-2025-03.tsv`) and the
/// history of every name each code carried since 2003 (`admin-units-history.json`).
struct UnitIndexLoader {
    static let currentFile = "admin-units-2025-03.tsv"
    static let historyFile = "admin-units-history.json"

    private(set) var index = UnitIndex()
    /// Full names already read, by their text in the file (most come back many times): their number in `splits`.
    private var names: [String: Int] = [:]
    private var splits: [(kind: UnitKind, key: String)] = []
    /// (name number, level, code) already added to the index, packed in one integer.
    private var added: Set<Int> = []

    /// Adds the TSV of 2025: a header naming the columns `province_code`, `province`, `district_code`, `district`,
    /// `commune_code`, `commune`, then one commune a line. Read as bytes: it is the largest file a worker loads.
    mutating func addCurrent(tsv: String) throws(LexiconError) {
        let file = Self.currentFile
        let columns = ["province_code", "province", "district_code", "district", "commune_code", "commune"]
        let bytes = Array(tsv.utf8)
        var positions: [Int] = []  // the column of each of `columns`
        var fields: [Range<Int>] = []
        var previous: [Range<Int>] = []  // the last row's fields: its province and district mostly come back
        var line = 0
        var start = 0
        while start < bytes.count {
            line += 1
            Self.row(bytes, from: &start, into: &fields)
            if fields.count == 1 && String(decoding: bytes[fields[0]], as: UTF8.self).registerText.isEmpty { continue }
            if positions.isEmpty {
                let header = fields.map { String(decoding: bytes[$0], as: UTF8.self).registerText }
                for column in columns {
                    guard let position = header.firstIndex(of: column) else {
                        throw LexiconError(file: file, line: line, message: "header lacks the column \(column)")
                    }
                    positions.append(position)
                }
                continue
            }
            guard fields.count > positions.max() ?? 0 else {
                throw LexiconError(file: file, line: line, message: "expected \(columns.count) tab-separated columns")
            }
            var codes: [Int] = []
            for (offset, level) in [UnitLevel.province, .district, .commune].enumerated() {
                let code = try Self.code(bytes, fields[positions[2 * offset]], file: file, line: line)
                let name = fields[positions[2 * offset + 1]]
                codes.append(code)
                if !previous.isEmpty, Self.same(bytes, previous[positions[2 * offset]], fields[positions[2 * offset]]),
                    Self.same(bytes, previous[positions[2 * offset + 1]], name)
                {
                    continue  // added with the row before
                }
                try add(fullName: String(decoding: bytes[name], as: UTF8.self), level: level, code: code, file: file, line: line)
            }
            index.add(commune: codes[2], district: codes[1], province: codes[0])
            swap(&previous, &fields)
        }
        guard !positions.isEmpty else { throw LexiconError(file: file, line: 1, message: "no header") }
    }

    /// The fields (byte ranges) of the line beginning at `start`, which moves to the next line.
    private static func row(_ bytes: [UInt8], from start: inout Int, into fields: inout [Range<Int>]) {
        fields.removeAll(keepingCapacity: true)
        var end = start
        while end < bytes.count && bytes[end] != 0x0A {  // a newline
            if bytes[end] == 0x09 {  // a tab
                fields.append(start..<end)
                start = end + 1
            }
            end += 1
        }
        fields.append(start..<end)
        start = end + 1
    }

    /// Whether two ranges of `bytes` hold the same bytes.
    private static func same(_ bytes: [UInt8], _ one: Range<Int>, _ other: Range<Int>) -> Bool {
        let count = one.upperBound - one.lowerBound
        guard other.upperBound - other.lowerBound == count else { return false }
        var offset = 0
        while offset < count {
            guard bytes[one.lowerBound + offset] == bytes[other.lowerBound + offset] else { return false }
            offset += 1
        }
        return true
    }

    /// Adds the history: an object province code → node, a node being `[[names], {child code: node}]`, or
    /// `[[names], [], "Moved" | "Deleted"]` for a unit that left that parent or ceased. Each node says the unit
    /// carried those names and lay in that parent at some time.
    mutating func addHistory(json: String) throws(LexiconError) {
        let file = Self.historyFile
        let tree: LineJSON
        do throws(LineJSON.SyntaxError) {
            tree = try LineJSON.parse(json)
        } catch {
            throw LexiconError(file: file, line: error.line, message: error.message)
        }
        guard case .object(let provinces) = tree.value else {
            throw LexiconError(file: file, line: tree.line, message: "expected an object of province codes")
        }
        for (provinceKey, provinceNode) in provinces {
            let province = try Self.code(provinceKey, file: file, line: provinceNode.line)
            for (districtKey, districtNode) in try node(provinceNode, code: province, level: .province) {
                let district = try Self.code(districtKey, file: file, line: districtNode.line)
                index.add(commune: nil, district: district, province: province)
                for (communeKey, communeNode) in try node(districtNode, code: district, level: .district) {
                    let commune = try Self.code(communeKey, file: file, line: communeNode.line)
                    index.add(commune: commune, district: district, province: province)
                    let below = try node(communeNode, code: commune, level: .commune)
                    guard below.isEmpty else {
                        throw LexiconError(file: file, line: communeNode.line, message: "a commune has no units below it")
                    }
                }
            }
        }
    }

    /// Records a node's names and returns its children (none when it has none or moved away).
    private mutating func node(_ node: LineJSON, code: Int, level: UnitLevel) throws(LexiconError)
        -> [(key: String, value: LineJSON)]
    {
        let file = Self.historyFile
        guard case .array(let items) = node.value, let first = items.first, case .array(let names) = first.value,
            !names.isEmpty, items.count <= 3
        else {
            throw LexiconError(file: file, line: node.line, message: "expected [[names], {children}, status]")
        }
        for name in names {
            guard case .string(let text) = name.value else {
                throw LexiconError(file: file, line: name.line, message: "a unit's name must be a string")
            }
            try add(fullName: text, level: level, code: code, file: file, line: name.line)
        }
        guard items.count > 1 else { return [] }
        switch items[1].value {
        case .object(let children): return children
        case .array(let none) where none.isEmpty: return []
        default: throw LexiconError(file: file, line: items[1].line, message: "expected an object of child codes")
        }
    }

    private mutating func add(fullName: String, level: UnitLevel, code: Int, file: String, line: Int)
        throws(LexiconError)
    {
        let number: Int
        if let known = names[fullName] {
            number = known
        } else {
            guard let parts = UnitKind.split(fullName: fullName), !parts.key.isEmpty else {
                throw LexiconError(file: file, line: line, message: "\(fullName) does not begin with its kind (Xã, Huyện, Tỉnh…)")
            }
            number = splits.count
            splits.append(parts)
            names[fullName] = number
        }
        let (kind, key) = splits[number]
        guard kind.stands(at: level) else {
            throw LexiconError(file: file, line: line, message: "\(fullName) is not a unit of its level")
        }
        if added.insert(number << 24 | level.rawValue << 20 | code).inserted {
            index.add(name: key, kind: kind, level: level, code: code)
        }
    }

    /// A GSO code: one to six digits, spaces around them allowed.
    private static func code(_ bytes: [UInt8], _ field: Range<Int>, file: String, line: Int) throws(LexiconError) -> Int {
        var code = 0
        var digits = 0
        var index = field.lowerBound
        while index < field.upperBound && (bytes[index] == 0x20 || bytes[index] == 0x0D) { index += 1 }
        while index < field.upperBound && (0x30...0x39).contains(bytes[index]) {
            code = code * 10 + Int(bytes[index] - 0x30)
            digits += 1
            index += 1
        }
        while index < field.upperBound && (bytes[index] == 0x20 || bytes[index] == 0x0D) { index += 1 }
        guard (1...6).contains(digits), index == field.upperBound else {
            let text = String(decoding: bytes[field], as: UTF8.self).registerText
            throw LexiconError(file: file, line: line, message: "\(text) is not a unit code")
        }
        return code
    }

    /// A GSO code written as a JSON member name.
    private static func code(_ text: String, file: String, line: Int) throws(LexiconError) -> Int {
        let bytes = Array(text.utf8)
        return try code(bytes, 0..<bytes.count, file: file, line: line)
    }
}
