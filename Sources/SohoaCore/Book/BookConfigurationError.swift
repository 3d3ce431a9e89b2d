/// Why a book's `book.yaml` cannot be used, naming the key at fault so that the contractor can fix the file.
public struct BookConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The book folder's name.
    public var book: String
    /// The `book.yaml` key at fault, or nil when the file as a whole is.
    public var key: String?
    /// What is wrong, and what is expected instead.
    public var message: String

    public init(book: String, key: String?, message: String) {
        self.book = book
        self.key = key
        self.message = message
    }

    public var description: String {
        if let key { return "book \(book): book.yaml: \(key): \(message)" }
        return "book \(book): book.yaml: \(message)"
    }
}
