/// The words registers use for how a declarant is related to the person registered (`Cha`, `Mẹ`, `Ông nội`, …),
/// and the nationalities the reference books carry. A reading outside these lists is not guessed: it goes to review.
public enum Kinship {
    /// The words as registers write them.
    public static let written = [
        "Cha", "Mẹ", "Bố", "Ông nội", "Bà nội", "Ông ngoại", "Bà ngoại", "Con", "Con trai", "Con gái", "Con dâu",
        "Con rể", "Vợ", "Chồng", "Cháu", "Cháu nội", "Cháu ngoại", "Em", "Em trai", "Em gái", "Anh", "Chị", "Cô", "Dì",
        "Chú", "Bác", "Cậu", "Mợ", "Thím", "Người giám hộ", "Bản thân",
    ].map(\.registerText)
    public static let relations: Set<String> = Set(written.map { $0.lowercased() })

    /// Whether `text` is one of the relation words (case-insensitive, NFC).
    public static func isRelation(_ text: String) -> Bool { relations.contains(text.registerText.lowercased()) }
}

/// Nationalities as the books write them; the national sheet takes the name (`Việt Nam`).
public enum Nationality {
    public static let names: Set<String> = ["việt nam"]
    /// How the registers and the national sheet write Vietnam's nationality.
    public static let vietnam = "Việt Nam"

    public static func isKnown(_ text: String) -> Bool { names.contains(text.registerText.lowercased()) }
}
