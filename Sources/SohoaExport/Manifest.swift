import Foundation
import SohoaStore

/// `manifest.json`: every file of the delivery with its size and SHA-256, and each book with its record count, the
/// rows reviewers dismissed as "not a record" (not delivered), and the fields it still had waiting for review
/// (non-zero only with `--include-pending`).
struct Manifest: Encodable {
    static let fileName = "manifest.json"

    struct File: Encodable {
        /// Relative to the delivery folder, `/`-separated.
        var path: String
        var size: Int
        var sha256: String
    }

    struct Book: Encodable {
        var id: String
        var records: Int
        var notRecords: Int
        var pendingFields: Int
    }

    var books: [Book]
    var files: [File]

    /// Lists `paths` (relative to `folder`) with their sizes and digests.
    init(books: [Book], files paths: [String], in folder: URL) throws(ExportError) {
        self.books = books
        files = []
        for path in paths.sorted() {
            let url = folder.appendingPathComponent(path)
            do {
                let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
                files.append(File(path: path, size: size, sha256: try FileHasher.sha256(of: url)))
            } catch {
                throw ExportError(url.path, "cannot read it back for the manifest: \(error.localizedDescription)")
            }
        }
    }

    func write(to folder: URL) throws(ExportError) {
        try JSONFile.write(self, to: folder.appendingPathComponent(Self.fileName))
    }
}

/// JSON the way the delivery writes it: keys sorted, slashes unescaped, so that the same values give the same bytes.
enum JSONFile {
    /// One line per value (JSON Lines), or indented for people to read.
    static func encoder(indented: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        if indented { encoder.outputFormatting.insert(.prettyPrinted) }
        return encoder
    }

    static func write(_ value: some Encodable, to url: URL) throws(ExportError) {
        do {
            try encoder(indented: true).encode(value).write(to: url)
        } catch {
            throw ExportError(url.path, "cannot write it: \(error.localizedDescription)")
        }
    }
}
