/// What the name lists say of a person's name as written: whether its surname and every other word are known. It
/// guides a reviewer; the name itself is never changed.
public struct NameCheck: Sendable, Equatable {
    /// The surname as written: the first word, or the first words when they make a listed compound surname.
    public var surname: String
    public var surnameIsKnown: Bool
    /// The words after the surname (middle and given names), as written.
    public var givenNames: [String]
    /// Those of `givenNames` that no list knows, as written.
    public var unknownGivenNames: [String]
    /// Every word begins with a capital, as names are written (`nhan Văn Sơn` is a misread `Phan`).
    public var isCapitalized: Bool

    public init(surname: String, surnameIsKnown: Bool, givenNames: [String], unknownGivenNames: [String], isCapitalized: Bool = true) {
        self.surname = surname
        self.surnameIsKnown = surnameIsKnown
        self.givenNames = givenNames
        self.unknownGivenNames = unknownGivenNames
        self.isCapitalized = isCapitalized
    }

    /// A capitalized name: a known surname followed by at least one word, every one of them known.
    public var isKnown: Bool { isCapitalized && surnameIsKnown && !givenNames.isEmpty && unknownGivenNames.isEmpty }
}
