import Foundation
import GRDB

/// A row of `book`.
struct BookRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "book"
    var id: String
    var folder: String
    var pipeline: String?
    var noiDangKy: String?
    var quyenSo: String?
    var namMoSo: Int?
    var configurationError: String?
    var updatedAt: Date
}

/// A row of `scanFile`: one file of a book, identified by its content hash.
struct ScanFileRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "scanFile"
    var id: Int64?
    var bookId: String
    var path: String
    var sha256: String
    var byteCount: Int
    var format: String?
    var status: String
    var rejection: String?
    var rejectionDetail: String?
    var runId: Int64?
    var ingestedAt: Date

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// A row of `frame`: one image inside a scan file.
struct FrameRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "frame"
    var scanFileId: Int64
    var frameIndex: Int
    var width: Int?
    var height: Int?
    var bitsPerSample: Int?
    var samplesPerPixel: Int?
    var hasColormap: Bool?
    var encoding: String?
    var dpi: Int?
    var dpiEstimated: Bool?
    var status: String
    var rejection: String?
    var rejectionDetail: String?
}

/// A row of `run`.
struct RunRow: Codable, FetchableRecord, MutablePersistableRecord {
    static let databaseTableName = "run"
    var id: Int64?
    var command: String
    var batch: String?
    var jobs: Int
    var pid: Int
    var startedAt: Date
    var finishedAt: Date?
    var exitCode: Int?

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
