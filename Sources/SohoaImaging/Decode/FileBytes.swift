import SohoaCore
import Foundation

/// Small reads at the edges of a scan file: its size, its first bytes, its last bytes.
struct FileBytes {
    let path: String
    let size: Int

    init(path: String) throws(ImageInputError) {
        self.path = path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw ImageInputError(.unreadable, "cannot read the file: \(error.localizedDescription)")
        }
        size = (attributes[.size] as? NSNumber)?.intValue ?? 0
    }

    /// Up to `count` bytes from `offset`.
    func read(offset: Int, count: Int) throws(ImageInputError) -> [UInt8] {
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            try handle.seek(toOffset: UInt64(max(0, offset)))
            return Array(try handle.read(upToCount: count) ?? Data())
        } catch {
            throw ImageInputError(.unreadable, "cannot read the file: \(error.localizedDescription)")
        }
    }

    func head(_ count: Int) throws(ImageInputError) -> [UInt8] { try read(offset: 0, count: count) }
    func tail(_ count: Int) throws(ImageInputError) -> [UInt8] { try read(offset: size - count, count: count) }
}
