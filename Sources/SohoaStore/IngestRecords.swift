public import SohoaCore

/// A book as ingest found it: its folder and either its configuration or why that could not be read.
public struct BookEntry: Sendable, Equatable {
    public var id: String
    public var folder: String
    public var configuration: Result<BookConfiguration, BookConfigurationError>

    public init(id: String, folder: String, configuration: Result<BookConfiguration, BookConfigurationError>) {
        self.id = id
        self.folder = folder
        self.configuration = configuration
    }
}

/// Everything ingest learned about one scan file, committed in one transaction.
public struct IngestedFile: Sendable, Equatable {
    /// What became of the file as a whole.
    public enum Outcome: Sendable, Equatable {
        /// The file was read; each frame was taken in or refused on its own.
        case frames(format: String, [FrameOutcome])
        /// The file as a whole was refused.
        case rejected(InputRejection, detail: String)
    }

    /// What became of one frame.
    public enum FrameOutcome: Sendable, Equatable {
        case ingested(FrameFacts)
        case rejected(index: Int, InputRejection, detail: String)
    }

    public var bookId: String
    /// The path relative to the book folder.
    public var path: String
    public var sha256: String
    public var byteCount: Int
    public var outcome: Outcome

    public init(bookId: String, path: String, sha256: String, byteCount: Int, outcome: Outcome) {
        self.bookId = bookId
        self.path = path
        self.sha256 = sha256
        self.byteCount = byteCount
        self.outcome = outcome
    }
}

/// A file as the store knows it.
public struct StoredScanFile: Sendable, Equatable {
    public var path: String
    public var sha256: String
    /// `ingested`, `rejected` or `superseded`.
    public var status: String
    public var rejection: String?

    public init(path: String, sha256: String, status: String, rejection: String?) {
        self.path = path
        self.sha256 = sha256
        self.status = status
        self.rejection = rejection
    }

    /// Whether this row is the book's copy of its content (not a duplicate, not replaced).
    public var isOriginal: Bool { status == "ingested" || (status == "rejected" && rejection != "duplicate") }
}
