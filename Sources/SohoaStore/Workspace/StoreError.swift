/// A failure of the workspace store, classified so that the command line can map it to the contract's exit codes.
public struct StoreError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// Another `sohoa run` holds the workspace.
        case locked
        /// The workspace or its database cannot be opened, created or written.
        case unreachable
        /// The database is from a newer sohoa, or is damaged.
        case incompatible
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
