public import SohoaCore

/// One item a stage is about to work on (a file to inspect, a frame to prepare, an opening to read), as its attempt
/// is marked in the store.
public struct WorkItem: Sendable, Equatable {
    public var stage: WorkStage
    /// The item within its stage, stable across runs.
    public var subject: String
    public var bookId: String
    /// The scan the item stands on, relative to its book folder, and its frame.
    public var file: String?
    public var frameIndex: Int?
    /// A file's content hash and size (ingest), to record it as set aside.
    public var sha256: String?
    public var byteCount: Int?

    /// A scan file about to be inspected.
    public static func file(bookId: String, path: String, sha256: String, byteCount: Int) -> WorkItem {
        WorkItem(stage: .ingest, subject: "\(bookId)/\(sha256)", bookId: bookId, file: path, sha256: sha256, byteCount: byteCount)
    }

    /// A frame about to be prepared.
    public static func frame(_ frame: FrameToPrepare) -> WorkItem {
        WorkItem(stage: .prepare, subject: String(frame.frameId), bookId: frame.bookId, file: frame.path, frameIndex: frame.frameIndex)
    }

    /// An opening about to be read; named by the scan of its first page.
    public static func opening(_ opening: OpeningToRead) -> WorkItem {
        let page = opening.left ?? opening.right
        return WorkItem(
            stage: .recognize, subject: String(opening.openingId), bookId: opening.bookId, file: page?.file,
            frameIndex: page?.frameIndex)
    }

    public init(
        stage: WorkStage, subject: String, bookId: String, file: String? = nil, frameIndex: Int? = nil, sha256: String? = nil,
        byteCount: Int? = nil
    ) {
        (self.stage, self.subject, self.bookId, self.file) = (stage, subject, bookId, file)
        (self.frameIndex, self.sha256, self.byteCount) = (frameIndex, sha256, byteCount)
    }
}

/// A crash the crash note recorded: the run, and the item its crashing thread was on.
public struct NotedCrash: Sendable, Equatable {
    public var run: Int64
    public var stage: WorkStage
    public var subject: String
    public var signal: Int

    public init(run: Int64, stage: WorkStage, subject: String, signal: Int) {
        (self.run, self.stage, self.subject, self.signal) = (run, stage, subject, signal)
    }
}
