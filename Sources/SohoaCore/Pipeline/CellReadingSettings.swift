/// How the recogniser reads a cell: as one line or a block of lines, from which characters only (none: any), and
/// whether each symbol's rivals are asked for (routing weighs them for names and free values).
public struct CellReadingSettings: Sendable, Equatable, Codable {
    public enum Lines: String, Sendable, Codable {
        case one, several
    }

    public var lines: Lines
    public var characters: String?
    public var rivals: Bool?

    /// The cell holds digits only (`characters` are digits): it is read with a model made for numerals.
    public var isDigitsOnly: Bool { characters.map { !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) } ?? false }

    public init(lines: Lines, characters: String? = nil, rivals: Bool? = nil) {
        self.lines = lines
        self.characters = characters
        self.rivals = rivals
    }
}
