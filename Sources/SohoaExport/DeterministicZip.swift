public import Foundation
import ZIPFoundation

/// A ZIP file written entry by entry, every entry stamped with the same given time (ZIP keeps it in UTC here) and
/// the same permissions, so that the same entries give the same bytes. Used for the workbook package and for the
/// book's archive of record PDFs.
public final class DeterministicZip {
    private let archive: Archive
    private let url: URL
    private let modified: Date

    /// Creates the file at `url`, replacing none: the caller writes into a fresh folder.
    public init(creating url: URL, modified: Date) throws(ExportError) {
        do {
            archive = try Archive(url: url, accessMode: .create)
        } catch {
            throw ExportError(url.path, "cannot create the ZIP file: \(error)")
        }
        self.url = url
        self.modified = modified
    }

    /// Adds `data` as `path`, deflated when `compressed` (not worth it for JPEG-filled PDFs).
    public func add(_ path: String, data: Data, compressed: Bool) throws(ExportError) {
        do {
            try archive.addEntry(
                with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: modified,
                permissions: 0o644, compressionMethod: compressed ? .deflate : .none
            ) { position, size in data.subdata(in: Int(position)..<Int(position) + size) }
        } catch {
            throw ExportError(url.path, "cannot add \(path): \(error)")
        }
    }
}
