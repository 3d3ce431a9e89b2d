import Foundation
import Synchronization
import SohoaCore
public import SohoaImaging
public import SohoaStore

/// The first stage: takes every file of a batch into the workspace. Each file is hashed, inspected (header,
/// pixel limit, full decode of every frame) and committed in its own transaction, so a killed run keeps every
/// file it finished and the next run skips them by hash (a renamed scan is recognised, a second copy of a scan is
/// reported as a duplicate). Bad inputs are recorded with their reason; they never stop the book or the batch.
public struct IngestStage: Sendable {
    public let store: SohoaStore
    public let inspector: ScanInspector
    public let configurationReader: BookConfigurationReader
    public let observer: any RunObserver
    /// The run's attempts: each file is marked in progress while it is inspected.
    public let attempts: WorkAttempts

    public init(
        store: SohoaStore, inspector: ScanInspector, configurationReader: BookConfigurationReader,
        observer: any RunObserver, attempts: WorkAttempts
    ) {
        self.store = store
        self.inspector = inspector
        self.configurationReader = configurationReader
        self.observer = observer
        self.attempts = attempts
    }

    /// What ingest did to a batch.
    public struct Summary: Sendable, Equatable {
        /// Books whose `book.yaml` is at fault.
        public var rejectedBooks: [String] = []
        /// Books whose files were taken in.
        public var books: [String] = []
    }

    /// Ingests the batch on `jobs` worker threads: hash every file, plan each book in reading order, then inspect
    /// and commit the new files.
    public func ingest(_ batch: BatchFolder, jobs: Int) throws(PipelineRunError) -> Summary {
        var summary = Summary()
        var files: [BookFile] = []
        for book in try batch.books() {
            let configuration = configurationReader.read(book: book.id, folder: book.url)
            do { try store.saveBook(BookEntry(id: book.id, folder: book.url.path, configuration: configuration)) } catch {
                throw .store(error)
            }
            if case .failure(let error) = configuration {
                summary.rejectedBooks.append(book.id)
                observer.observe(.bookRejected(error))
                continue
            }
            summary.books.append(book.id)
            for folder in book.subfolders() {
                observer.observe(.bookWarning(book: book.id, message: "sub-folder \(folder)/ is not read; put scans in the book folder itself"))
            }
            files += book.files()
        }
        let filesPerBook = Dictionary(files.map { ($0.bookId, 1) }, uniquingKeysWith: +)
        observer.observe(.planned(filesPerBook: filesPerBook, bytes: files.reduce(0) { $0 + $1.byteCount }))
        let hashes = hash(files, jobs: jobs)
        var work: [(BookFile, String, IngestPlan.Step)] = []
        do {
            for bookId in summary.books {
                let bookFiles = files.indices.filter { files[$0].bookId == bookId }
                try store.forgetRejections(inBook: bookId, except: Set(bookFiles.map { files[$0].relativePath }))
                let hashed = bookFiles.compactMap { index in hashes[index].map { (file: files[index], sha256: $0) } }
                let steps = IngestPlan.steps(for: hashed, stored: try store.scanFiles(inBook: bookId))
                work += zip(hashed, steps).map { ($0.file, $0.sha256, $1) }
            }
        } catch {
            throw .store(error)
        }
        if let failure = WorkerPool.run(work, workers: jobs, perform: { (item) throws(StoreError) in
            try carryOut(item.2, for: item.0, sha256: item.1)
        }) {
            throw .store(failure)
        }
        return summary
    }

    /// SHA-256 of every file, by index; nil where the file cannot be read (reported, tried again next run).
    private func hash(_ files: [BookFile], jobs: Int) -> [String?] {
        let results = Mutex([String?](repeating: nil, count: files.count))
        _ = WorkerPool.run(Array(files.indices), workers: jobs) { (index) throws(StoreError) in
            let file = files[index]
            do {
                let sha256 = try FileHasher.sha256(of: file.url)
                results.withLock { $0[index] = sha256 }
            } catch {
                observer.observe(
                    .fileRejected(
                        book: file.bookId, file: file.relativePath, bytes: file.byteCount, reason: .unreadable,
                        detail: "cannot read the file: \(error.localizedDescription); it will be tried again next run"))
            }
        }
        return results.withLock { $0 }
    }

    /// Does what the plan says for one file; a new file is inspected and committed in one transaction.
    private func carryOut(_ step: IngestPlan.Step, for file: BookFile, sha256: String) throws(StoreError) {
        let outcome: IngestedFile.Outcome
        switch step {
        case .alreadyIngested:
            observer.observe(.fileAlreadyIngested(book: file.bookId, file: file.relativePath, bytes: file.byteCount))
            return
        case .rename(let oldPath):
            try store.renameFile(inBook: file.bookId, sha256: sha256, from: oldPath, to: file.relativePath)
            observer.observe(.fileAlreadyIngested(book: file.bookId, file: file.relativePath, bytes: file.byteCount))
            return
        case .duplicate(let original):
            outcome = .rejected(.duplicate, detail: "same content as \(original); the page was scanned twice")
        case .inspect:
            let item = WorkItem.file(bookId: file.bookId, path: file.relativePath, sha256: sha256, byteCount: file.byteCount)
            outcome = try attempts.attempt(item) { inspect(file) }.get()
        }
        try store.saveIngestedFile(
            IngestedFile(bookId: file.bookId, path: file.relativePath, sha256: sha256, byteCount: file.byteCount, outcome: outcome),
            runId: attempts.run)
        observer.observe(event(for: file, outcome))
    }

    private func inspect(_ file: BookFile) -> IngestedFile.Outcome {
        guard file.isScan else {
            return .rejected(.unsupported, detail: "only .tif, .tiff and .png scans are read")
        }
        do {
            let inspection = try inspector.inspect(path: file.url.path)
            return .frames(
                format: inspection.format,
                inspection.frames.map { result in
                    switch result {
                    case .success(let facts): .ingested(facts)
                    case .failure(let error): .rejected(index: error.frame ?? 0, error.reason, detail: error.detail)
                    }
                })
        } catch {
            let frame = error.frame.map { "frame \($0): " } ?? ""
            return .rejected(error.reason, detail: frame + error.detail)
        }
    }

    private func event(for file: BookFile, _ outcome: IngestedFile.Outcome) -> RunEvent {
        switch outcome {
        case .rejected(let reason, let detail):
            return .fileRejected(book: file.bookId, file: file.relativePath, bytes: file.byteCount, reason: reason, detail: detail)
        case .frames(_, let frames):
            var decoded = 0
            var rejected: [(Int, InputRejection, String)] = []
            for frame in frames {
                switch frame {
                case .ingested: decoded += 1
                case .rejected(let index, let reason, let detail): rejected.append((index, reason, detail))
                }
            }
            return .fileIngested(book: file.bookId, file: file.relativePath, bytes: file.byteCount, frames: decoded, rejectedFrames: rejected)
        }
    }
}
