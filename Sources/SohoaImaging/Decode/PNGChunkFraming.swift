import SohoaCore
import Foundation

/// Walks a PNG's chunk headers (length and type, 8 bytes each, data skipped) before libpng sees the file. libpng
/// allocates a chunk's declared length before reading it: libpng's 57-byte `huge_tEXt_chunk.png` made a run take a
/// gigabyte per worker. A chunk that claims more bytes than the file holds is refused here: truncated, or corrupt
/// when the file still ends with its end chunk.
enum PNGChunkFraming {
    /// The PNG signature's length: the first chunk starts after it.
    static let signatureLength = 8
    /// The largest chunk length the PNG specification allows (2³¹ − 1).
    static let maximumLength: UInt64 = 0x7FFF_FFFF

    static func check(_ file: FileBytes) throws(ImageInputError) {
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: file.path)) } catch {
            throw ImageInputError(.unreadable, "cannot read the file: \(error.localizedDescription)")
        }
        defer { try? handle.close() }
        var offset = UInt64(signatureLength)
        let size = UInt64(file.size)
        while offset + 8 <= size {
            let header: [UInt8]
            do {
                try handle.seek(toOffset: offset)
                header = Array(try handle.read(upToCount: 8) ?? Data())
            } catch {
                throw ImageInputError(.unreadable, "cannot read the file: \(error.localizedDescription)")
            }
            guard header.count == 8 else { return }
            let length = header.prefix(4).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            let letters = header.suffix(4)
            let type = letters.allSatisfy { (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }
                ? String(decoding: letters, as: UTF8.self) : "damaged"
            guard length <= maximumLength else {
                throw ImageInputError(.corrupt, "the \(type) chunk at byte \(offset) declares \(length) bytes, more than PNG allows")
            }
            let end = offset + 12 + length  // length, type, data, CRC
            guard end <= size else {
                // A file that still ends with its end chunk was not cut: the length itself is damaged.
                let whole = (try? file.tail(PNGProbe.endChunk.count)) == PNGProbe.endChunk
                throw ImageInputError(
                    whole ? .corrupt : .truncated,
                    "the \(type) chunk at byte \(offset) declares \(length) bytes; the file ends at byte \(size)")
            }
            if type == "IEND" { return }
            offset = end
        }
    }
}
