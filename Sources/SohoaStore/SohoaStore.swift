import Foundation
import GRDB
import SohoaCore

/// The workspace database: every fact sohoa knows, committed per unit of work so that a killed run loses nothing
/// it had finished. Backed by SQLite in WAL mode through GRDB; safe to use from every worker thread.
public final class SohoaStore: Sendable {
    let pool: DatabasePool
    public let workspace: Workspace

    /// Opens (creating and migrating as needed) the store of `workspace`.
    public init(workspace: Workspace) throws(StoreError) {
        try workspace.create()
        self.workspace = workspace
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(30)
            configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA foreign_keys = ON") }
            pool = try DatabasePool(path: workspace.database.path, configuration: configuration)
            try StoreMigrations.migrator.migrate(pool)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw StoreError(.incompatible, "\(workspace.database.path) is not a sohoa database or is damaged: \(error.message ?? "")")
        } catch {
            throw StoreError(.unreachable, "cannot open the store \(workspace.database.path): \(error)")
        }
    }

    /// Runs a write, turning database failures into `StoreError`.
    func write<T>(_ work: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.write(work) } catch {
            throw StoreError(.unreachable, "cannot write to \(workspace.database.path): \(error)")
        }
    }

    /// Runs a read, turning database failures into `StoreError`.
    func read<T>(_ work: (Database) throws -> T) throws(StoreError) -> T {
        do { return try pool.read(work) } catch {
            throw StoreError(.unreachable, "cannot read \(workspace.database.path): \(error)")
        }
    }
}

// MARK: - Runs

extension SohoaStore {
    /// Records the start of a command that changes the workspace; returns its id.
    public func startRun(command: String, batch: String?, jobs: Int) throws(StoreError) -> Int64 {
        try write { db in
            var row = RunRow(
                command: command, batch: batch, jobs: jobs, pid: Int(ProcessInfo.processInfo.processIdentifier),
                startedAt: Date(), finishedAt: nil, exitCode: nil)
            try row.insert(db)
            return row.id ?? db.lastInsertedRowID
        }
    }

    /// Records how a run ended. A run that never reaches this was interrupted, and `status` says so.
    public func finishRun(_ id: Int64, exitCode: Int) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE run SET finishedAt = ?, exitCode = ? WHERE id = ?", arguments: [Date(), exitCode, id])
        }
    }
}

// MARK: - Ingest

extension SohoaStore {
    /// Records a book and its configuration (or the configuration's fault), replacing what was known of it.
    public func saveBook(_ book: BookEntry) throws(StoreError) {
        let configuration = try? book.configuration.get()
        let fault: String? =
            if case .failure(let error) = book.configuration { error.description } else { nil }
        let row = BookRow(
            id: book.id, folder: book.folder, pipeline: configuration?.pipeline,
            noiDangKy: configuration?.noiDangKy, quyenSo: configuration?.quyenSo, namMoSo: configuration?.namMoSo,
            configurationError: fault, updatedAt: Date())
        try write { db in try row.upsert(db) }
    }

    /// Every file the store holds for a book, for ingest to tell new, renamed, duplicate and replaced scans apart.
    public func scanFiles(inBook bookId: String) throws(StoreError) -> [StoredScanFile] {
        try read { db in
            try ScanFileRow.filter(Column("bookId") == bookId).order(Column("id")).fetchAll(db).map {
                StoredScanFile(path: $0.path, sha256: $0.sha256, status: $0.status, rejection: $0.rejection)
            }
        }
    }

    /// Records that the file ingested as `oldPath` is now named `newPath` (the scan was renamed, not changed).
    public func renameFile(inBook bookId: String, sha256: String, from oldPath: String, to newPath: String) throws(StoreError) {
        try write { db in
            try db.execute(
                sql: "UPDATE scanFile SET path = ? WHERE bookId = ? AND sha256 = ? AND path = ?",
                arguments: [newPath, bookId, sha256, oldPath])
        }
    }

    /// Forgets rejections of files that are no longer in the book folder: a fixed or removed input stops counting.
    public func forgetRejections(inBook bookId: String, except presentPaths: Set<String>) throws(StoreError) {
        try write { db in
            let rows = try ScanFileRow.filter(Column("bookId") == bookId && Column("status") == "rejected").fetchAll(db)
            for row in rows where !presentPaths.contains(row.path) { _ = try row.delete(db) }
        }
    }

    /// Commits a file and all its frames in one transaction: after a crash either all of it is there or none.
    public func saveIngestedFile(_ file: IngestedFile, runId: Int64?) throws(StoreError) {
        try write { db in try Self.insert(file, runId: runId, db) }
    }

    /// Inserts `file` and its frames in the caller's transaction.
    static func insert(_ file: IngestedFile, runId: Int64?, _ db: Database) throws {
        var row = ScanFileRow(
            bookId: file.bookId, path: file.path, sha256: file.sha256, byteCount: file.byteCount,
            format: nil, status: "ingested", runId: runId, ingestedAt: Date())
        var frames: [IngestedFile.FrameOutcome] = []
        switch file.outcome {
        case .rejected(let reason, let detail):
            (row.status, row.rejection, row.rejectionDetail) = ("rejected", reason.rawValue, detail)
        case .frames(let format, let outcomes):
            row.format = format
            frames = outcomes
        }
        try supersede(path: file.path, inBook: file.bookId, byContent: file.sha256, db)
        try row.insert(db, onConflict: .ignore)
        guard let fileId = row.id, db.changesCount > 0 else { return }
        for frame in frames { try FrameRow(scanFileId: fileId, outcome: frame).insert(db) }
    }
}

extension SohoaStore {
    /// New content at a known path replaces the old: an old rejection is forgotten, an old ingested file is kept
    /// for the record but marked `superseded`, so that its frames are no longer worked on.
    private static func supersede(path: String, inBook bookId: String, byContent sha256: String, _ db: Database) throws {
        try db.execute(
            sql: "DELETE FROM scanFile WHERE bookId = ? AND path = ? AND sha256 != ? AND status = 'rejected'",
            arguments: [bookId, path, sha256])
        try db.execute(
            sql: "UPDATE scanFile SET status = 'superseded' WHERE bookId = ? AND path = ? AND sha256 != ?",
            arguments: [bookId, path, sha256])
    }
}

extension FrameRow {
    init(scanFileId: Int64, outcome: IngestedFile.FrameOutcome) {
        switch outcome {
        case .ingested(let facts):
            self.init(
                scanFileId: scanFileId, frameIndex: facts.index, width: facts.width, height: facts.height,
                bitsPerSample: facts.bitsPerSample, samplesPerPixel: facts.samplesPerPixel,
                hasColormap: facts.hasColormap, encoding: facts.encoding, dpi: facts.resolution.dpi,
                dpiEstimated: facts.resolution.isEstimated, status: "ingested")
        case .rejected(let index, let reason, let detail):
            self.init(
                scanFileId: scanFileId, frameIndex: index, status: "rejected", rejection: reason.rawValue,
                rejectionDetail: detail)
        }
    }
}
