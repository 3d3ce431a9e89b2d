/// The reference lists routing checks readings against, loaded once and shared by every worker.
public struct RegisterLexicons: Sendable {
    public let ethnicGroups: EthnicGroups
    public let places: AdministrativeUnits
    public let names: PersonNames
    /// Every province's places as books write them, which a book's decoding starts from.
    public let placeChoices: PlaceChoices?
    /// The names' parts as the decoder weighs them, worked out once.
    let nameVocabulary: NameVocabulary

    public init(ethnicGroups: EthnicGroups, places: AdministrativeUnits, names: PersonNames, placeChoices: PlaceChoices? = nil) {
        self.ethnicGroups = ethnicGroups
        self.places = places
        self.names = names
        self.placeChoices = placeChoices
        nameVocabulary = NameVocabulary(names)
    }

    /// What the lists know of a book registered at `noiDangKy` and opened in `namMoSo`.
    public func context(ofBook noiDangKy: String, openedIn namMoSo: Int?) -> BookContext {
        guard let placeChoices else { return BookContext(places: ([], 0), year: namMoSo) }
        return BookContext(noiDangKy: noiDangKy, namMoSo: namMoSo, choices: placeChoices)
    }

    /// Whether `value` may stand, as exported, in a column of `type` whose values a list holds (any value may stand
    /// in the others).
    public func isValid(_ value: String, as type: FieldType) -> Bool {
        switch type {
        case .place: places.match(value).isKnown
        case .ethnic: ethnicGroups.group(named: value) != nil
        case .nationality: Nationality.isKnown(value)
        case .sex: value == "1" || value == "2"
        case .nameRelation: Kinship.isRelation(value)
        case .name: names.check(value).isKnown
        default: true
        }
    }
}
