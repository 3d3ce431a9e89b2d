/// A Leptonica operation that returned nothing, named so that the log says which step of which stage failed.
public struct ImagingError: Error, Sendable, CustomStringConvertible {
    public var operation: String

    public init(_ operation: String) {
        self.operation = operation
    }

    public var description: String { "Leptonica could not \(operation)" }
}
