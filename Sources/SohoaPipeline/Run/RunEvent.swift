public import SohoaCore

/// What a run reports while it works, for a progress bar on a terminal or log lines elsewhere.
public enum RunEvent: Sendable {
    /// The batch was listed: how many files of each book, and their bytes, are ahead.
    case planned(filesPerBook: [String: Int], bytes: Int)
    /// A book cannot be processed until its `book.yaml` is fixed; the rest of the batch goes on.
    case bookRejected(BookConfigurationError)
    /// A book folder holds something ingest does not read (a sub-folder).
    case bookWarning(book: String, message: String)
    /// A file was taken in: `frames` decoded, `rejectedFrames` refused.
    case fileIngested(book: String, file: String, bytes: Int, frames: Int, rejectedFrames: [(Int, InputRejection, String)])
    /// A file was refused as a whole.
    case fileRejected(book: String, file: String, bytes: Int, reason: InputRejection, detail: String)
    /// A file with this content was already ingested in an earlier run.
    case fileAlreadyIngested(book: String, file: String, bytes: Int)
    /// Preparation starts: how many frames are to be prepared.
    case preparePlanned(frames: Int)
    /// A frame was cut into its pages.
    case framePrepared(book: String, file: String, frame: Int, pages: Int)
    /// A frame could not be prepared (it is tried again next run).
    case frameNotPrepared(book: String, file: String, frame: Int, reason: String)
    /// Reading starts: how many openings are to be read.
    case readPlanned(openings: Int)
    /// An opening was read into `records`, of whose `fields` `review` wait for a person.
    case openingRead(book: String, records: Int, fields: Int, review: Int)
    /// An opening could not be read (it is tried again next run).
    case openingNotRead(book: String, opening: Int64, reason: String)
}

/// Receives a run's events; called from worker threads.
public protocol RunObserver: Sendable {
    func observe(_ event: RunEvent)
}
