import SohoaStore

/// What ingest does with each file of a book, decided in reading order before any decoding, so that the result
/// is the same whatever the number of workers: the first copy of a content is the original, later copies are
/// duplicates, a known content under a new name is a rename.
struct IngestPlan {
    enum Step: Equatable {
        /// This path with this content is in the store already.
        case alreadyIngested
        /// The stored original was renamed to this path.
        case rename(from: String)
        /// Another file of the book has the same content.
        case duplicate(of: String)
        /// New content: inspect and commit it.
        case inspect
    }

    /// The files of one book with their content hashes, in reading order.
    static func steps(for files: [(file: BookFile, sha256: String)], stored: [StoredScanFile]) -> [Step] {
        let present = Set(files.map(\.file.relativePath))
        var originalPath: [String: String] = [:]
        for row in stored where row.isOriginal && present.contains(row.path) && originalPath[row.sha256] == nil {
            originalPath[row.sha256] = row.path
        }
        let knownPaths = Set(stored.map { "\($0.sha256)/\($0.path)" })
        return files.map { file, sha256 in
            if knownPaths.contains("\(sha256)/\(file.relativePath)") { return .alreadyIngested }
            if file.byteCount == 0 { return .inspect }
            if let original = originalPath[sha256], original != file.relativePath { return .duplicate(of: original) }
            originalPath[sha256] = file.relativePath
            if let gone = stored.first(where: { $0.sha256 == sha256 && $0.isOriginal && !present.contains($0.path) }) {
                return .rename(from: gone.path)
            }
            return .inspect
        }
    }
}
