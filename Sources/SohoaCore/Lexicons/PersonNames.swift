/// Vietnamese surnames and the words of middle and given names (`domain/surnames.tsv`,
/// `domain/given-names-{male,female}.txt`, from duyet/vietnamese-namedb), to tell whether a name written in a book is
/// made of known words. Words compare without case and with either placement of a tone mark (`Hòa` = `Hoà`), never
/// with another tone (`Nguyển` ≠ `Nguyễn`); a name written without its capitals is not known. A name is never corrected
/// toward the lists: they guide a reviewer.
public struct PersonNames: Sendable {
    /// Middle names known without the lists, as tradition gives them: `Văn` for men, `Thị` for women.
    public static let traditionalMiddleNames = ["Văn", "Thị"]

    /// Surnames in key form, compound ones (several words) included.
    private let surnames: Set<String>
    private let longestSurname: Int
    /// Every word of every listed middle and given name, in key form.
    private let givenWords: Set<String>
    /// The surnames as written, with how many people of the source carry each: what the decoder weighs.
    public let surnamesWritten: [(name: String, count: Int)]
    /// Every listed middle-and-given name as written (`Văn Nam`, `Thu Hà`), both lists, once each.
    public let givenNamesWritten: [String]

    /// Parses the surnames (a header line, then `surname` and its count, tab-separated) and the two given-name lists
    /// (one name a line). The lists spell some Đ with the Icelandic Ð, read as Đ. An entry with letters Vietnamese
    /// does not use (a mangled encoding in the source, `Buøi`) is left out.
    public init(surnames: String, givenMale: String, givenFemale: String) throws(LexiconError) {
        var surnameKeys: Set<String> = []
        var written: [(name: String, count: Int)] = []
        for (line, text) in Self.lines(surnames).dropFirst() {
            let columns = text.split(separator: "\t", omittingEmptySubsequences: false).map { String($0).registerText }
            guard (1...2).contains(columns.count), !columns[0].isEmpty,
                columns.count == 1 || (!columns[1].isEmpty && columns[1].allSatisfy(\.isASCIIDigit))
            else {
                throw LexiconError(file: "surnames.tsv", line: line, message: "expected a surname and its count")
            }
            if try Self.isName(columns[0], file: "surnames.tsv", line: line), surnameKeys.insert(columns[0].lexiconKey).inserted {
                written.append((columns[0], columns.count == 2 ? Int(columns[1]) ?? 1 : 1))
            }
        }
        var words = Set(Self.traditionalMiddleNames.map(\.lexiconKey))
        var givenNames: [String] = []
        var givenKeys: Set<String> = []
        for (file, list) in [("given-names-male.txt", givenMale), ("given-names-female.txt", givenFemale)] {
            for (line, text) in Self.lines(list) {
                let name = text.registerText
                guard try Self.isName(name, file: file, line: line) else { continue }
                if givenKeys.insert(name.lexiconKey).inserted { givenNames.append(name) }
                for word in name.split(separator: " ") { words.insert(String(word).lexiconKey) }
            }
        }
        self.surnames = surnameKeys
        surnamesWritten = written
        givenNamesWritten = givenNames
        longestSurname = surnameKeys.map { $0.split(separator: " ").count }.max() ?? 1
        givenWords = words
    }

    /// Checks a name as written (`Nguyễn Thị Hoà`): the surname is its first word, or its first words when they make
    /// a listed compound surname and a given name follows.
    public func check(_ name: String) -> NameCheck {
        let words = name.registerText.split(separator: " ").map(String.init)
        let keys = words.map(\.lexiconKey)
        let compound = stride(from: min(longestSurname, keys.count - 1), through: 1, by: -1).first {
            surnames.contains(keys[..<$0].joined(separator: " "))
        }
        let length = compound ?? min(1, words.count)
        return NameCheck(
            surname: words[..<length].joined(separator: " "),
            surnameIsKnown: compound != nil || (words.count == 1 && surnames.contains(keys[0])),
            givenNames: Array(words[length...]),
            unknownGivenNames: words.indices.dropFirst(length).filter { !givenWords.contains(keys[$0]) }.map { words[$0] },
            isCapitalized: words.allSatisfy { $0.first?.isUppercase ?? false })
    }

    /// The non-blank lines of a list with their numbers, Ð read as Đ.
    private static func lines(_ text: String) -> [(line: Int, text: String)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { offset, line in
            let fixed = String(line.map { $0 == "\u{D0}" ? "\u{110}" : $0 == "\u{F0}" ? "\u{111}" : $0 })
            return fixed.registerText.isEmpty ? nil : (offset + 1, fixed)
        }
    }

    /// Whether an entry is a name in Vietnamese letters (false: left out); an error when it holds digits or signs.
    private static func isName(_ entry: String, file: String, line: Int) throws(LexiconError) -> Bool {
        guard entry.allSatisfy({ $0.isLetter || $0 == " " || $0 == "'" || $0 == "-" }) else {
            throw LexiconError(file: file, line: line, message: "\(entry) is not a name")
        }
        return entry.allSatisfy { $0.isVietnameseLetter || $0 == " " || $0 == "'" || $0 == "-" }
    }
}
