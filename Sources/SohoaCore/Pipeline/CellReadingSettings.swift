/// How the recogniser reads a cell: as one line or a block of lines, and from which characters only (none: any).
public struct CellReadingSettings: Sendable, Equatable, Codable {
    public enum Lines: String, Sendable, Codable {
        case one, several
    }

    public var lines: Lines
    public var characters: String?

    public init(lines: Lines, characters: String? = nil) {
        self.lines = lines
        self.characters = characters
    }
}
