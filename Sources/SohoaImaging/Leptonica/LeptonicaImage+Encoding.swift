import CLeptonica
public import Foundation

/// Writing images: lossless masters and compact deliveries.
extension LeptonicaImage {
    /// A lossless TIFF: CCITT G4 for a bilevel image, Deflate otherwise. Written to a temporary name and renamed,
    /// so a killed run never leaves half a master behind.
    public func writeMasterTIFF(to path: String) throws(ImagingError) {
        let compression = depth == 1 ? l_int32(IFF_TIFF_G4) : l_int32(IFF_TIFF_ZIP)
        try writeAtomically(to: path) { temporary in pixWriteTiff(temporary, pointer, compression, "w") == 0 }
    }

    /// A baseline JPEG at `quality` (1–100).
    public func writeJPEG(to path: String, quality: Int) throws(ImagingError) {
        try writeAtomically(to: path) { temporary in pixWriteJpeg(temporary, pointer, l_int32(quality), 0) == 0 }
    }

    /// The image as PNG bytes (for the review page's crops).
    public func pngData() throws(ImagingError) -> Data {
        var bytes: UnsafeMutablePointer<l_uint8>?
        var count = 0
        guard pixWriteMemPng(&bytes, &count, pointer, 0) == 0, let bytes else { throw ImagingError("encode a PNG") }
        defer { lept_free(bytes) }
        return Data(bytes: bytes, count: count)
    }

    private func writeAtomically(to path: String, _ write: (String) -> Bool) throws(ImagingError) {
        let temporary = path + ".partial"
        guard write(temporary), rename(temporary, path) == 0 else {
            unlink(temporary)
            throw ImagingError("write \(path)")
        }
    }
}
