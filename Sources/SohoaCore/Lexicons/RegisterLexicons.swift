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
        guard let placeChoices else { return BookContext(places: [], year: namMoSo) }
        return BookContext(noiDangKy: noiDangKy, namMoSo: namMoSo, choices: placeChoices)
    }
}
