import Crypto
public import Foundation

/// The SHA-256 of a file, read in chunks so that a 500 MB multi-page TIFF or a book's archive of PDFs never sits
/// in memory whole: scans are known by it, and the export's manifest lists it.
public enum FileHasher {
    static let chunkSize = 1 << 20

    public static func sha256(of url: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
            hasher.update(data: chunk)
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }
}
