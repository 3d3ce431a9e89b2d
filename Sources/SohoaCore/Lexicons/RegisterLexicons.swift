/// The reference lists routing checks readings against, loaded once and shared by every worker.
public struct RegisterLexicons: Sendable {
    public let ethnicGroups: EthnicGroups
    public let places: AdministrativeUnits
    public let names: PersonNames

    public init(ethnicGroups: EthnicGroups, places: AdministrativeUnits, names: PersonNames) {
        self.ethnicGroups = ethnicGroups
        self.places = places
        self.names = names
    }
}
