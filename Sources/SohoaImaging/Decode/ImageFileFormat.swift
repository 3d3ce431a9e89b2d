/// The two containers sohoa reads, recognised by their signature bytes rather than by the file name.
public enum ImageFileFormat: String, Sendable, Codable {
    case tiff
    case png

    /// How many leading bytes `recognize` needs.
    static let signatureLength = 8

    /// The format whose signature `bytes` start with, or nil.
    static func recognize(_ bytes: some Collection<UInt8>) -> ImageFileFormat? {
        let head = Array(bytes.prefix(signatureLength))
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        let tiffSignatures: [[UInt8]] = [
            [0x49, 0x49, 0x2A, 0x00], [0x4D, 0x4D, 0x00, 0x2A],  // classic, little and big endian
            [0x49, 0x49, 0x2B, 0x00], [0x4D, 0x4D, 0x00, 0x2B],  // BigTIFF
        ]
        if tiffSignatures.contains(where: { head.starts(with: $0) }) { return .tiff }
        return nil
    }
}
