/// Turns Swift's decoding errors into the key path and message a person editing a YAML file needs.
extension DecodingError {
    /// The dotted path of the key at fault, e.g. `left[2].type`.
    var keyPath: String? {
        var path = context.codingPath
        if case .keyNotFound(let key, _) = self { path.append(key) }
        guard !path.isEmpty else { return nil }
        return path.reduce("") { text, key in
            if let index = key.intValue { return "\(text)[\(index)]" }
            return text.isEmpty ? key.stringValue : "\(text).\(key.stringValue)"
        }
    }

    var summary: String {
        switch self {
        case .keyNotFound: "is missing"
        case .typeMismatch(let type, _): "expected \(type)"
        case .valueNotFound(let type, _): "expected \(type), found nothing"
        case .dataCorrupted(let context): context.debugDescription
        @unknown default: "cannot be read"
        }
    }

    private var context: Context {
        switch self {
        case .keyNotFound(_, let context), .typeMismatch(_, let context), .valueNotFound(_, let context),
            .dataCorrupted(let context):
            context
        @unknown default: Context(codingPath: [], debugDescription: "")
        }
    }
}
