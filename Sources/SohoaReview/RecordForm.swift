/// The record screen's posted form: the record-level action and, per field it shows, the typed value
/// (`value-<field id>`) and whether the reviewer marked it illegible (`illegible-<field id>` = `1`).
struct RecordForm: ProtectedForm {
    var _csrf: String?
    var action: String
    var filter: String?
    /// Typed values by field id.
    var values: [Int64: String]
    /// The fields marked illegible.
    var illegible: Set<Int64>

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FormKey.self)
        func string(_ name: String) throws -> String? { try container.decodeIfPresent(String.self, forKey: FormKey(stringValue: name)) }
        _csrf = try string("_csrf")
        action = try string("action") ?? "save"
        filter = try string("filter")
        values = [:]
        illegible = []
        for key in container.allKeys {
            if let id = key.number(after: "value-") {
                values[id] = try container.decode(String.self, forKey: key)
            } else if let id = key.number(after: "illegible-"), try container.decode(String.self, forKey: key) == "1" {
                illegible.insert(id)
            }
        }
    }
}
