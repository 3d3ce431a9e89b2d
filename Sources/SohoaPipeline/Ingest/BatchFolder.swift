public import Foundation
import SohoaCore

/// A batch (SPEC.md): a folder of book folders. Each book folder's name is its book id.
public struct BatchFolder: Sendable {
    public let url: URL

    public init(url: URL) {
        self.url = url.standardizedFileURL
    }

    /// The book folders, in natural order; hidden entries are not books.
    public func books() throws(PipelineRunError) -> [BookFolder] {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: url.path)
        } catch {
            throw PipelineRunError.configuration("cannot read the batch folder \(url.path): \(error.localizedDescription)")
        }
        return entries
            .filter { !$0.hasPrefix(".") && isDirectory(url.appendingPathComponent($0)) }
            .sorted(by: NaturalOrder.precedes)
            .map { BookFolder(id: $0, url: url.appendingPathComponent($0)) }
    }
}

/// One book folder: its `book.yaml` and its scans.
public struct BookFolder: Sendable {
    public let id: String
    public let url: URL

    /// The extensions of the files sohoa reads as scans (SPEC.md).
    static let scanExtensions: Set<String> = ["tif", "tiff", "png"]

    /// Every file of the folder that ingest must account for, in reading order (natural order of names):
    /// scans, and anything else that is not `book.yaml` or hidden, so that nothing is skipped silently.
    public func files() -> [BookFile] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return entries
            .filter { !$0.hasPrefix(".") && $0 != "book.yaml" && !isDirectory(url.appendingPathComponent($0)) }
            .sorted(by: NaturalOrder.precedes)
            .map { name in
                let fileURL = url.appendingPathComponent(name)
                let size = (try? FileManager.default.attributesOfItem(atPath: fileURL.path)[.size] as? NSNumber)?.intValue
                return BookFile(
                    bookId: id, relativePath: name, url: fileURL, byteCount: size ?? 0,
                    isScan: Self.scanExtensions.contains(fileURL.pathExtension.lowercased()))
            }
    }

    /// Sub-folders are not read; ingest reports them so that nobody thinks their scans were taken in.
    public func subfolders() -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return entries.filter { !$0.hasPrefix(".") && isDirectory(url.appendingPathComponent($0)) }.sorted()
    }
}

/// A file inside a book folder.
public struct BookFile: Sendable {
    public let bookId: String
    /// The path relative to the book folder, as `records.jsonl` names it.
    public let relativePath: String
    public let url: URL
    public let byteCount: Int
    /// Whether the name marks it as a scan sohoa reads (`.tif`, `.tiff`, `.png`).
    public let isScan: Bool
}

private func isDirectory(_ url: URL) -> Bool {
    var directory: ObjCBool = false
    return FileManager.default.fileExists(atPath: url.path, isDirectory: &directory) && directory.boolValue
}
