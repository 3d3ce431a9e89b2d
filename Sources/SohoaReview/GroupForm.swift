/// The grid's posted form: confirm or give back, and the crops toggled as odd ones out (`odd-<position>` = `1`).
struct GroupForm: ProtectedForm {
    var _csrf: String?
    var action: String
    var filter: String?
    var odd: Set<Int>

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FormKey.self)
        func string(_ name: String) throws -> String? { try container.decodeIfPresent(String.self, forKey: FormKey(stringValue: name)) }
        _csrf = try string("_csrf")
        action = try string("action") ?? "confirm"
        filter = try string("filter")
        odd = []
        for key in container.allKeys {
            if let position = key.number(after: "odd-"), try container.decode(String.self, forKey: key) == "1" { odd.insert(Int(position)) }
        }
    }
}
