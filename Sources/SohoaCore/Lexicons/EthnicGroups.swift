/// The 54 ethnic groups of Viet Nam (and code 55, foreigners) with their GSO codes and the spellings registers use
/// for them (`domain/ethnic-groups.tsv`, from the GSO list). A written name is mapped to the canonical one the national
/// sheet wants (`Việt` → `Kinh`, `Khơ Me` → `Khơ-me`); a name not on the list is not guessed.
public struct EthnicGroups: Sendable {
    /// One group: its GSO code, canonical name and the other spellings seen for it.
    public struct Group: Sendable, Equatable {
        public var code: String
        public var name: String
        public var variants: [String]
    }

    public let groups: [Group]
    private let byKey: [String: Int]

    /// Parses the TSV (`code`, `name`, `variants` separated by `;`), with a header line.
    public init(tsv: String) throws(LexiconError) {
        var groups: [Group] = []
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated().dropFirst()
        where !String(line).registerText.isEmpty {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2, !columns[0].isEmpty, !columns[1].isEmpty else {
                throw LexiconError(file: "ethnic-groups.tsv", line: number + 1, message: "expected code, name and variants")
            }
            let variants = columns.count > 2 ? columns[2].split(separator: ";").map(String.init) : []
            groups.append(Group(code: columns[0], name: columns[1].registerText, variants: variants.map(\.registerText)))
        }
        var byKey: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for spelling in [group.name] + group.variants { byKey[Self.key(spelling)] = index }
        }
        self.groups = groups
        self.byKey = byKey
    }

    /// The group a written name stands for, or nil when it is none of the known spellings.
    public func group(named text: String) -> Group? {
        byKey[Self.key(text)].map { groups[$0] }
    }

    /// The form spellings are compared in: register text, lowercased, hyphens as spaces.
    static func key(_ text: String) -> String {
        text.replacingHyphens.registerText.lowercased()
    }
}

/// A reference data file that cannot be read, naming the file and line.
public struct LexiconError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var message: String

    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}

extension String {
    /// Hyphens (as in `Khơ-me`) read as spaces.
    fileprivate var replacingHyphens: String { String(map { $0 == "-" ? " " : $0 }) }
}
