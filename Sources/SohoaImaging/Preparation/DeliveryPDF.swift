import CLeptonica
public import Foundation

/// A one-page PDF of a delivery image, made by Leptonica's PDF writer: the JPEG data is embedded as it is (no
/// decoding, no second compression), the page sized by the image's resolution, and no creation date written, so
/// the same image gives the same bytes. Leptonica 1.82 (Debian 12) leaves out the `endobj` of the page tree
/// object, which readers recover from; `RecordPDF` in the export rewrites the pages into a clean document.
public enum DeliveryPDF {
    public static func page(image: URL) throws(ImagingError) -> Data {
        LibraryDiagnostics.install()
        // Leptonica stamps the current date unless told not to; the flag is process-wide and only ever set off.
        l_pdfSetDateAndVersion(0)
        var bytes: UnsafeMutablePointer<l_uint8>?
        var count = 0
        let failed = convertUnscaledToPdfData(image.path, nil, &bytes, &count)
        defer { lept_free(bytes) }
        guard failed == 0, let bytes, count > 0 else { throw ImagingError("make a PDF page of \(image.path)") }
        return Data(bytes: bytes, count: count)
    }
}
