/// Why a delivery could not be written, naming the file or book concerned.
public struct ExportError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure it is, which decides the exit status.
    public enum Kind: Sendable {
        /// The output folder cannot take a delivery.
        case usage
        /// The shipped templates or a pipeline do not fit the books.
        case configuration
        /// Reading the store or writing a file failed.
        case failed
    }

    /// The file or book the failure concerns.
    public var subject: String
    public var message: String
    public var kind: Kind

    public init(_ subject: String, _ message: String, kind: Kind = .failed) {
        self.subject = subject
        self.message = message
        self.kind = kind
    }

    public var description: String { "\(subject): \(message)" }
}
