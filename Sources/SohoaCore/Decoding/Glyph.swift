import Foundation

/// One character as the decoder compares readings: its letter or digit without marks (lowercase; `đ` as `d`), the
/// marks it carries, and whether it only separates (a space or punctuation). Two glyphs that differ only in their
/// marks are closer than two different letters: a recogniser misses a tone far more often than a letter.
struct Glyph: Sendable, Equatable {
    static func == (lhs: Glyph, rhs: Glyph) -> Bool { lhs.base == rhs.base && lhs.marks == rhs.marks }

    /// The base letter or digit, lowercased, or the character itself for anything else.
    var base: Unicode.Scalar
    /// The combining marks (and the stroke of `đ`), packed; 0 for none.
    var marks: UInt32
    /// A space or a punctuation mark: cheap to lose or gain.
    var separates: Bool
    /// The groups of characters handwriting makes alike that the base is in (`ReadingCost`), one bit each.
    var lookalikes: UInt32

    init(_ character: Character) {
        if let known = Self.known[character] {
            self = known
        } else {
            self.init(decomposing: character)
        }
    }

    /// The glyphs of ASCII and of Vietnamese letters (either case), worked out once.
    private static let known: [Character: Glyph] = {
        var characters = (32..<127).map { Character(Unicode.Scalar(UInt8($0))) }
        for letter in VietnameseLetters.lowercase.map(\.precomposedStringWithCanonicalMapping) {
            characters += [Character(letter), Character(letter.uppercased())]
        }
        return Dictionary(characters.map { ($0, Glyph(decomposing: $0)) }, uniquingKeysWith: { first, _ in first })
    }()

    private init(decomposing character: Character) {
        let decomposed = String(character).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars
        var base = decomposed.first ?? " "
        var marks: UInt32 = 0
        if base == "đ" {
            base = "d"
            marks = 0x111
        }
        for scalar in decomposed.dropFirst() { marks = marks &* 31 &+ scalar.value }
        self.base = base
        self.marks = marks
        separates = !(character.isLetter || character.isNumber)
        lookalikes = ReadingCost.lookalikeGroups(of: base)
    }

    /// The glyphs of `text`, one per character.
    static func of(_ text: String) -> [Glyph] { text.map { Glyph($0) } }

    /// How many letters must be changed, added or lost to make `a` into `b` (their marks aside).
    static func lettersApart(_ a: [Glyph], _ b: [Glyph]) -> Int {
        let (x, y) = (a.map(\.base), b.map(\.base))
        var previous = Array(0...y.count)
        for (i, letter) in x.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: y.count)
            for j in y.indices {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (letter == y[j] ? 0 : 1))
            }
            previous = current
        }
        return previous[y.count]
    }
}
