/// What a name typed without its marks most likely is, word by word, from the name lists: `nguyen van an` →
/// `Nguyễn Văn An`. The first word is taken as a surname, a middle one first as `Văn` or `Thị`, the others as words
/// of middle and given names; each becomes the most frequent written form with those letters, and a word the lists
/// do not know is kept as typed, capitalised. A proposal the reviewer may take or type past; never a correction of
/// what they typed with marks.
public struct NameTyping: Sendable {
    /// Surnames by typing key, as written.
    private let surnames: [String: String]
    /// Words of middle and given names by typing key, as written.
    private let words: [String: String]

    /// The middle names tradition gives (`Văn`, `Thị`), which a middle word without marks is first taken as.
    private static let middleNames = Dictionary(
        PersonNames.traditionalMiddleNames.map { ($0.typingKey, $0) }, uniquingKeysWith: { first, _ in first })

    public init(names: PersonNames) {
        var surnames: [String: (written: String, count: Int)] = [:]
        for (name, count) in names.surnamesWritten where count > surnames[name.typingKey]?.count ?? 0 {
            surnames[name.typingKey] = (name, count)
        }
        var counts: [String: Int] = [:]
        for name in names.givenNamesWritten + PersonNames.traditionalMiddleNames {
            for word in name.split(separator: " ") { counts[String(word), default: 0] += 1 }
        }
        var words: [String: (written: String, count: Int)] = [:]
        for (word, count) in counts where count > words[word.typingKey]?.count ?? 0 {
            words[word.typingKey] = (word, count)
        }
        self.surnames = surnames.mapValues(\.written)
        self.words = words.mapValues(\.written)
    }

    /// The name `typed` (without marks) most likely is; nil when it carries marks, or the lists know none of its words.
    public func proposal(for typed: String) -> String? {
        guard typed.isWithoutMarks else { return nil }
        let keys = typed.typingKey.split(separator: " ").map(String.init)
        guard !keys.isEmpty else { return nil }
        var known = false
        let written = keys.enumerated().map { index, key -> String in
            let middle = index > 0 && index < keys.count - 1 ? Self.middleNames[key] : nil
            if let word = middle ?? (index == 0 ? surnames[key] : nil) ?? words[key] {
                known = true
                return word
            }
            return key.prefix(1).uppercased() + key.dropFirst()
        }
        return known ? written.joined(separator: " ") : nil
    }
}
