/// A JSON value that remembers the line it starts on, so that a reference file's wrong shape can be reported where it
/// is. Objects keep their members in file order.
struct LineJSON: Sendable {
    enum Value: Sendable {
        case string(String)
        case array([LineJSON])
        case object([(key: String, value: LineJSON)])
        case scalar  // a number, true, false or null: no reference file here needs their value
    }

    var value: Value
    var line: Int

    /// A malformed text, at its line.
    struct SyntaxError: Error {
        var line: Int
        var message: String
    }

    /// Parses a whole JSON text.
    static func parse(_ text: String) throws(SyntaxError) -> LineJSON {
        var bytes = Array(text.utf8)
        bytes.append(0)  // a sentinel: the reader never looks past it
        var reader = Reader(bytes: bytes)
        let value = try reader.value()
        reader.skipSpace()
        guard reader.at == bytes.count - 1 else { throw reader.error("text after the end of the JSON value") }
        return value
    }

    private struct Reader {
        let bytes: [UInt8]
        var at = 0
        var line = 1

        func error(_ message: String) -> SyntaxError { SyntaxError(line: line, message: message) }

        mutating func skipSpace() {
            while true {
                switch bytes[at] {
                case 0x0A: line += 1  // newline
                case 0x20, 0x09, 0x0D: break  // space, tab, carriage return
                default: return
                }
                at += 1
            }
        }

        mutating func value() throws(SyntaxError) -> LineJSON {
            skipSpace()
            let start = line
            switch bytes[at] {
            case UInt8(ascii: "\""): return LineJSON(value: .string(try string()), line: start)
            case UInt8(ascii: "["):
                at += 1
                var items: [LineJSON] = []
                if try closes(UInt8(ascii: "]")) { return LineJSON(value: .array(items), line: start) }
                repeat { items.append(try value()) } while try separator(closing: UInt8(ascii: "]"))
                return LineJSON(value: .array(items), line: start)
            case UInt8(ascii: "{"):
                at += 1
                var members: [(key: String, value: LineJSON)] = []
                if try closes(UInt8(ascii: "}")) { return LineJSON(value: .object(members), line: start) }
                repeat {
                    skipSpace()
                    guard bytes[at] == UInt8(ascii: "\"") else { throw error("expected a member name in quotes") }
                    let key = try string()
                    skipSpace()
                    guard bytes[at] == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
                    at += 1
                    members.append((key, try value()))
                } while try separator(closing: UInt8(ascii: "}"))
                return LineJSON(value: .object(members), line: start)
            default:
                let begin = at
                while isScalarByte(bytes[at]) { at += 1 }
                let word = String(decoding: bytes[begin..<at], as: UTF8.self)
                guard ["true", "false", "null"].contains(word) || Double(word) != nil else {
                    throw error(at < bytes.count - 1 ? "unexpected character" : "unexpected end of the text")
                }
                return LineJSON(value: .scalar, line: start)
            }
        }

        /// Skips the closing bracket of an empty array or object when it comes next.
        mutating func closes(_ bracket: UInt8) throws(SyntaxError) -> Bool {
            skipSpace()
            guard bytes[at] == bracket else { return false }
            at += 1
            return true
        }

        /// After an item: true at a comma (another item follows), false at the closing bracket.
        mutating func separator(closing bracket: UInt8) throws(SyntaxError) -> Bool {
            skipSpace()
            switch bytes[at] {
            case UInt8(ascii: ","):
                at += 1
                return true
            case bracket:
                at += 1
                return false
            default: throw error("expected ',' or '\(Character(Unicode.Scalar(bracket)))'")
            }
        }

        mutating func string() throws(SyntaxError) -> String {
            at += 1  // the opening quote
            let start = at
            var escaped: [UInt8]? = nil  // the string's bytes so far, once an escape has been met
            while true {
                let byte = bytes[at]
                if byte == 0x22 {  // the closing quote
                    let text =
                        escaped.map { String(decoding: $0, as: UTF8.self) }
                        ?? String(decoding: bytes[start..<at], as: UTF8.self)
                    at += 1
                    return text
                }
                if byte == 0x5C {  // a backslash
                    var utf8 = escaped ?? Array(bytes[start..<at])
                    at += 1
                    try escape(into: &utf8)
                    escaped = utf8
                    continue
                }
                guard byte >= 0x20 else {
                    throw error(at == bytes.count - 1 ? "unterminated string" : "control character in a string")
                }
                escaped?.append(byte)
                at += 1
            }
        }

        mutating func escape(into utf8: inout [UInt8]) throws(SyntaxError) {
            let simple: [UInt8: UInt8] = [
                UInt8(ascii: "\""): UInt8(ascii: "\""), UInt8(ascii: "\\"): UInt8(ascii: "\\"),
                UInt8(ascii: "/"): UInt8(ascii: "/"), UInt8(ascii: "b"): 8, UInt8(ascii: "f"): 12,
                UInt8(ascii: "n"): 10, UInt8(ascii: "r"): 13, UInt8(ascii: "t"): 9,
            ]
            if let byte = simple[bytes[at]] {
                utf8.append(byte)
                at += 1
                return
            }
            guard bytes[at] == UInt8(ascii: "u") else { throw error("unknown escape in a string") }
            at += 1
            var code = try hex4()
            if (0xD800..<0xDC00).contains(code), bytes[at] == UInt8(ascii: "\\"), bytes[at + 1] == UInt8(ascii: "u") {
                at += 2
                let low = try hex4()
                guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate in a string") }
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
            }
            guard let scalar = Unicode.Scalar(code) else { throw error("invalid \\u escape in a string") }
            utf8.append(contentsOf: String(scalar).utf8)
        }

        mutating func hex4() throws(SyntaxError) -> UInt32 {
            var code: UInt32 = 0
            for _ in 0..<4 {
                guard let digit = Character(Unicode.Scalar(bytes[at])).hexDigitValue else {
                    throw error("expected four hex digits after \\u")
                }
                code = code * 16 + UInt32(digit)
                at += 1
            }
            return code
        }

        func isScalarByte(_ byte: UInt8) -> Bool {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"),
                UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "E"):
                true
            default: false
            }
        }
    }
}
