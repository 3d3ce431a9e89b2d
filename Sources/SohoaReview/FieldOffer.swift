import SohoaCore
import SohoaStore

/// What the review page offers a reviewer for one field: the value in its input, the alternatives one key takes,
/// and the column's list to type against. Nothing is pre-filled that its own parser would refuse.
struct FieldOffer {
    /// The value the input opens with: the first of the reading, the prediction and the decoder's candidates
    /// that can be saved as it is; empty when none can.
    var prefill: String
    /// Whether the pre-fill comes from the book and the row rather than from the cell.
    var predicted: Bool
    /// Up to five other values, most probable first: `Alt+1`…`Alt+5` in record mode.
    var alternatives: [String]
    /// The column's controlled vocabulary, to type against (empty for free text, names and numbers).
    var list: [String]

    static let alternativeCount = 5

    /// A value as the page shows it: a sex as its word, which the parser takes back to the sheet's code.
    static func shown(_ value: String, type: FieldType?) -> String {
        type == .sex ? FieldValues.sexWord(value) ?? value : value
    }
    /// The longest column list that also fills the alternatives (ethnic groups, 54, are; provinces' places are not).
    static let shortList = 60

    init(
        field: ClaimedField, entry: FieldCatalog.Entry?, catalog: FieldCatalog, prediction: String? = nil,
        bookValues: [String] = [], registrationYear: Int? = nil
    ) {
        // A value the pipeline could not parse is kept as read in `field.text`; one it could is as the sheet has it.
        let unparsed = field.candidates.isEmpty && field.reasons.contains { $0.rawValue.hasPrefix("invalid-") }
        let reading = unparsed ? field.text : field.value
        func savable(_ value: String) -> Bool {
            guard let entry else { return true }
            if value.registerText.isEmpty { return field.value.isEmpty }  // a blank cell confirmed blank
            return (try? ReviewedValue.parse(
                value, type: entry.type, index: entry.index, ethnicGroups: catalog.ethnicGroups, registrationYear: registrationYear)) != nil
        }
        func shown(_ value: String) -> String { Self.shown(value, type: entry?.type) }
        list = entry.map { catalog.choices(for: $0, bookPlace: field.bookPlace) } ?? []
        let ordered = ([reading] + (prediction.map { [$0] } ?? []) + field.candidates).map(shown)
        prefill = ordered.first(where: savable) ?? ""
        predicted = prediction.map(shown) == prefill && prefill != shown(reading)
        // Short closed lists (sex, relations, ethnic groups) fill the alternatives the reading leaves free.
        var offered: Set<String> = [prefill, ""]
        let short = list.count <= Self.shortList ? list : []
        alternatives = Array((ordered.dropFirst() + bookValues.map(shown) + short).filter { savable($0) && offered.insert($0).inserted }
            .prefix(Self.alternativeCount))
    }
}
