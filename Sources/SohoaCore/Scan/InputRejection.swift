/// Why an input file or frame was not taken into the workspace. The raw values are part of the contract:
/// `sohoa status` prints them and users' scripts match on them.
public enum InputRejection: String, Sendable, Codable, CaseIterable {
    /// The file has no bytes.
    case emptyFile = "empty-file"
    /// The bytes are not a TIFF or PNG image.
    case notAnImage = "not-an-image"
    /// The file ends before the image data it declares.
    case truncated
    /// The image declares more pixels than the configured limit; it was not decoded.
    case tooLarge = "too-large"
    /// A TIFF or PNG whose data cannot be decoded for another reason.
    case corrupt
    /// A valid image in a form sohoa does not read (for example an unusual bit depth).
    case unsupported
    /// The file could not be read at all (permissions, I/O error).
    case unreadable
    /// The book already holds a file with the same content under another name (a page scanned twice).
    case duplicate
    /// A whole image that cannot be a ledger page or an opened book: too few pixels, a strip's shape, or smaller than
    /// any page at its resolution (`LedgerPageSize`).
    case notAPage = "not-a-page"
    /// A reader crashed the process on this input twice: it is set aside so that the rest of the batch goes on
    /// (`sohoa run --retry-crashed` tries it again once the cause is fixed).
    case crashedReader = "crashed-reader"
}
