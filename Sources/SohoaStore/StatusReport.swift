/// What `sohoa status` shows: books, pages, records, fields by status, rejected inputs and the review backlog.
/// Encoded as one JSON object by `status --json`; its keys are part of the contract.
public struct StatusReport: Sendable, Codable, Equatable {
    /// One book's progress.
    public struct Book: Sendable, Codable, Equatable {
        public var id: String
        public var pipeline: String?
        /// Why the book's `book.yaml` cannot be used; the book is not processed until it is fixed.
        public var configurationError: String?
        public var files: Int
        public var frames: Int
        public var pages: Int
        public var openings: Int
        /// Frames not prepared yet and openings not read yet: the next `run` has work left on the book.
        public var unfinished: Int
        /// Mean page quality (focus, contrast) and the largest residual skew, once pages are prepared.
        public var quality: Quality?
        public var records: Int
        /// Field counts keyed by status (`accepted`, `review`, …).
        public var fields: [String: Int]
        public var rejectedInputs: Int
    }

    /// Page image quality over a book's prepared pages (see `PageQuality`).
    public struct Quality: Sendable, Codable, Equatable {
        public var meanFocus: Double
        public var meanContrast: Double
        public var maxResidualSkewDegrees: Double
    }

    /// A prepared page or an opening a person should look at, and why.
    public struct Attention: Sendable, Codable, Equatable {
        public var book: String
        public var file: String?
        public var frame: Int?
        public var side: String?
        public var reasons: [String]

        public init(book: String, file: String? = nil, frame: Int? = nil, side: String? = nil, reasons: [String]) {
            self.book = book
            self.file = file
            self.frame = frame
            self.side = side
            self.reasons = reasons
        }
    }

    /// An input that was not taken in, and why.
    public struct RejectedInput: Sendable, Codable, Equatable {
        public var book: String
        public var file: String
        /// The 0-based frame, or nil when the whole file was refused.
        public var frame: Int?
        public var reason: String
        public var detail: String?
    }

    /// An item a run died on (a file to inspect, a frame to prepare, an opening to read) that is not finished yet: the
    /// next run tries it again, and sets it aside if it keeps killing the process (`crashed-reader`).
    public struct InterruptedItem: Sendable, Codable, Equatable {
        public var stage: String
        public var book: String
        public var file: String?
        public var frame: Int?
        /// Deaths a crash note put on this item (a reader crashed on it), and deaths without one (killed).
        public var crashes: Int
        public var interruptions: Int
    }

    /// The most recent command that changed the workspace.
    public struct Run: Sendable, Codable, Equatable {
        public var id: Int64
        public var command: String
        public var batch: String?
        public var startedAt: String
        public var finishedAt: String?
        public var exitCode: Int?
        /// True when the run ended without recording its end (killed, crashed).
        public var interrupted: Bool
    }

    public var workspace: String
    public var books: [Book]
    public var totals: Book
    public var rejected: [RejectedInput]
    /// Pages and openings that need a person: uncertain split or orientation, unread page numbers, missing pages.
    public var attention: [Attention]
    public var reviewBacklog: Int
    /// The records the backlog's fields belong to.
    public var reviewBacklogRecords: Int
    /// Reviewers' measured seconds per decided field (screen time shared among the fields decided on it), once any
    /// decision has been timed.
    public var measuredSecondsPerField: Double?
    /// Fields waiting for a person, counted by each reason they carry (`blur`, `low-confidence`, …).
    public var reviewReasons: [String: Int]
    /// Items runs died on that are not finished yet.
    public var interrupted: [InterruptedItem]
    public var lastRun: Run?
}

extension StatusReport {
    /// What a field is assumed to cost a reviewer until decisions have been timed.
    public static let assumedSecondsPerField = 4.0

    /// The reviewer-hours the backlog will take at the measured pace (or the assumed one).
    public var reviewerHours: Double {
        Double(reviewBacklog) * (measuredSecondsPerField ?? Self.assumedSecondsPerField) / 3600
    }
}

extension StatusReport.Book {
    /// Why the book cannot be delivered yet, or nil when it can: its fields all resolved (or `includePending`), its
    /// pages all prepared and read.
    public func exportBlocker(includePending: Bool) -> String? {
        if let configurationError { return "its book.yaml is invalid (\(configurationError))" }
        if frames == 0 { return "no scan of it has been ingested" }
        if records == 0 { return "its pages have not been read yet (no records)" }
        if unfinished > 0 { return "\(unfinished) frame(s) or opening(s) still to prepare or read (run `sohoa run` again)" }
        let pending = fields["review"] ?? 0
        if pending > 0, !includePending { return "\(pending) field(s) wait for review (or use --include-pending)" }
        return nil
    }
}
