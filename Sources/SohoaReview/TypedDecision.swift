import SohoaCore
import SohoaStore

/// What a reviewer's typed value decides for a field: the reading kept (confirm), another value (correct), or a
/// blank, when the reviewer sees that the cell holds nothing (a correction to the empty value, audited like any
/// other). A typed value is refused, with the reason in words, when its column's parser refuses it.
enum TypedDecision {
    static func decision(
        typed: String, field: ClaimedField, entry: FieldCatalog.Entry, catalog: FieldCatalog, registrationYear: Int? = nil
    ) throws(ReviewedValue.Refusal) -> (action: ReviewAction, value: String) {
        let value =
            typed.registerText.isEmpty
            ? ""
            : try ReviewedValue.parse(
                typed, type: entry.type, index: entry.index, ethnicGroups: catalog.ethnicGroups, registrationYear: registrationYear)
        return (value == field.value ? .confirm : .correct, value)
    }
}
