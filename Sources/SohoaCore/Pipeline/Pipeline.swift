/// A book series as data (`pipelines/<name>.yaml`): which register it is and which columns each page carries,
/// in order, with the export column(s) and the kind of value each holds. A new series is a new file, not new code.
public struct Pipeline: Sendable, Equatable, Codable {
    /// The file's name without `.yaml`; what `book.yaml` names.
    public var name: String
    public var registerType: RegisterType
    /// The national template version whose header list the export writes.
    public var templateVersion: String
    /// Columns of the left page, left to right.
    public var left: [PipelineColumn]
    /// Columns of the right page, left to right.
    public var right: [PipelineColumn]

    public init(
        name: String, registerType: RegisterType, templateVersion: String, left: [PipelineColumn],
        right: [PipelineColumn]
    ) {
        self.name = name
        self.registerType = registerType
        self.templateVersion = templateVersion
        self.left = left
        self.right = right
    }

    /// Every export column the pipeline fills, in page order.
    public var exportColumns: [String] { (left + right).flatMap(\.fields) }
}

/// One printed column of a ledger page.
public struct PipelineColumn: Sendable, Equatable, Codable {
    /// The printed header, as on the page.
    public var header: String
    /// The printed column's width in millimetres, when known: the form's proportions let a ruling that did not
    /// survive the scan be put back where the form has it.
    public var width: Double?
    /// The export column(s) the cell fills: one, or two for a two-line cell (name, then relation).
    public var fields: [String]
    public var type: FieldType
    /// A column the register may leave blank (`Ghi chú`). Any other blank cell goes to review: an entry that was
    /// there and did not survive the scan (faded, blurred away in a bilevel scan) looks blank too.
    public var optional: Bool?
    /// Columns written all together or not at all (the father's name, birth year, ethnicity and residence share
    /// `together: cha`): a blank one among written ones goes to review.
    public var together: String?
    /// How the cell is read, when it differs from its type's usual way (`read: { lines: one, characters: "0123456789" }`).
    public var read: CellReadingSettings?
    /// What a free-text column commonly holds, most common first (`Già yếu`, `Ốm đau` for causes of death): offered
    /// to a reviewer as alternatives and as proposals for text typed without marks; never used to read or accept a
    /// cell, only to doubt a reading that is one of them with other marks (`CommonPhrases`).
    public var common: [String]?

    public init(
        header: String, width: Double? = nil, fields: [String], type: FieldType, optional: Bool? = nil, together: String? = nil,
        read: CellReadingSettings? = nil, common: [String]? = nil
    ) {
        self.header = header
        self.width = width
        self.optional = optional
        self.together = together
        self.fields = fields
        self.type = type
        self.read = read
        self.common = common
    }

    /// How the recogniser reads this column's cells.
    public var reading: CellReadingSettings { read ?? type.reading }
}

/// The kind of value a cell holds; it chooses how the cell is read, parsed and validated.
public enum FieldType: String, Sendable, Equatable, Codable, CaseIterable {
    case name, date, year, sex, number, place, ethnic, nationality, text
    /// A full date or a year alone (e.g. a death record's birth date).
    case dateOrYear = "date-or-year"
    /// A date with an optional time of day (`nktNgayChet`, `nktGioPhutChet`).
    case dateTime = "date-time"
    /// Two lines: a person's name, then their relation (`nycHoTen`, `nycQuanHe`).
    case nameRelation = "name-relation"

    /// How a cell of this type is read unless its column says otherwise: numbers and sex on one line (numbers from
    /// digits only); everything else as a block, since narrow columns wrap even `Việt Nam` and dates in words. The
    /// symbols' rivals are asked for where routing weighs them: not for values a list or the book's sequence checks
    /// (places, ethnic groups, nationalities, sex, registration numbers), which saves a third of their reading time.
    public var reading: CellReadingSettings {
        switch self {
        case .number: CellReadingSettings(lines: .one, characters: "0123456789", rivals: false)
        case .year: CellReadingSettings(lines: .one, characters: "0123456789", rivals: true)
        case .sex: CellReadingSettings(lines: .one, rivals: false)
        case .ethnic, .nationality, .place: CellReadingSettings(lines: .several, rivals: false)
        case .name, .date, .dateOrYear, .dateTime, .text, .nameRelation: CellReadingSettings(lines: .several, rivals: true)
        }
    }

    /// How many export columns a cell of this type fills.
    public var fieldCount: Int {
        switch self {
        case .dateTime, .nameRelation: 2
        default: 1
        }
    }
}
