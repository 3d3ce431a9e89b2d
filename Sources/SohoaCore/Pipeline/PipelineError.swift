/// Why a pipeline file cannot be used, naming the file and the key at fault.
public struct PipelineError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var key: String?
    public var message: String

    public init(file: String, key: String?, message: String) {
        self.file = file
        self.key = key
        self.message = message
    }

    public var description: String {
        key.map { "\(file): \($0): \(message)" } ?? "\(file): \(message)"
    }
}

extension Pipeline {
    /// Checks what decoding cannot: each column fills as many export columns as its type has lines,
    /// and no export column is filled twice.
    public func validate(file: String) throws(PipelineError) {
        var seen: Set<String> = []
        for (side, columns) in [("left", left), ("right", right)] {
            guard !columns.isEmpty else { throw PipelineError(file: file, key: side, message: "a page needs at least one column") }
            for (index, column) in columns.enumerated() {
                let key = "\(side)[\(index)]"
                guard column.fields.count == column.type.fieldCount else {
                    throw PipelineError(
                        file: file, key: "\(key).fields",
                        message: "a \(column.type.rawValue) column fills \(column.type.fieldCount) export column(s), found \(column.fields.count)")
                }
                for field in column.fields where !seen.insert(field).inserted {
                    throw PipelineError(file: file, key: "\(key).fields", message: "\(field) is filled by two columns")
                }
            }
        }
    }
}
