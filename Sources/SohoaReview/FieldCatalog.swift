import SohoaCore

/// What the review page knows of each field from the pipelines: its column's printed header, its type, which of
/// the column's fields it is, and the choices a reviewer picks from where the field has a controlled vocabulary.
struct FieldCatalog: Sendable {
    struct Entry: Sendable {
        var header: String
        var type: FieldType
        var index: Int
        /// What the column commonly holds (`PipelineColumn.common`).
        var common: [String] = []
    }

    let pipelines: [String: Pipeline]
    let ethnicGroups: EthnicGroups
    let places: PlaceChoices

    func entry(pipeline: String, field: String) -> Entry? {
        guard let pipeline = pipelines[pipeline] else { return nil }
        for column in pipeline.left + pipeline.right {
            if let index = column.fields.firstIndex(of: field) {
                let header = column.fields.count > 1 ? "\(column.header) (dòng \(index + 1))" : column.header
                return Entry(header: header, type: column.type, index: index, common: (column.common ?? []).map(\.precomposedStringWithCanonicalMapping))
            }
        }
        return nil
    }

    /// The values a reviewer chooses among, for fields with a controlled vocabulary (places: those of the province
    /// of `bookPlace`, under their old names too) and free-text columns with common values.
    func choices(for entry: Entry, bookPlace: String) -> [String] {
        switch (entry.type, entry.index) {
        case (.place, _): places.choices(for: bookPlace)
        case (.sex, _): ["Nam", "Nữ"]
        case (.ethnic, _): ethnicGroups.groups.map(\.name)
        case (.nationality, _): [Nationality.vietnam]
        case (.nameRelation, 1): Kinship.relations.sorted().map { $0.prefix(1).uppercased() + $0.dropFirst() }
        case (.text, _): entry.common
        default: []
        }
    }

    /// The pipelines of a register type (`KS`), for the queue's filter.
    func pipelines(of registerType: String) -> [String] {
        pipelines.values.filter { $0.registerType.rawValue == registerType }.map(\.name).sorted()
    }
}
