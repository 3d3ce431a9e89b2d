import CLeptonica
import Foundation

/// The image of a page that goes into the per-record PDFs: background-normalized gray at 150 dpi, JPEG at
/// quality 40, about 80–95 kB per A4 page (the Ministry asks for about 100 kB; no JBIG2, never lossy symbol
/// matching). Its fidelity to the lossless page is measured in the tests (PSNR, ink pixels kept).
public enum DeliveryImage {
    public static let dpi = 150.0
    public static let quality = 40

    /// The lossless image the JPEG is made from: `normalized` (a background-normalized page scanned at `scanDPI`)
    /// brought to the delivery resolution.
    public static func reference(of normalized: borrowing LeptonicaImage, scanDPI: Int) throws(ImagingError) -> LeptonicaImage {
        try normalized.scaled(by: min(1, dpi / Double(scanDPI)))
    }

    /// Writes the delivery JPEG of `normalized` to `path`.
    public static func write(_ normalized: borrowing LeptonicaImage, scanDPI: Int, to path: String) throws(ImagingError) {
        try reference(of: normalized, scanDPI: scanDPI).writeJPEG(to: path, quality: quality)
    }
}

extension LeptonicaImage {
    /// Reads any image Leptonica can (JPEG deliveries among them).
    public static func reading(path: String) throws(ImagingError) -> LeptonicaImage {
        try made(pixRead(path), "read \(path)")
    }

    /// The width and height of the image in the file at `path`, from its header alone.
    public static func size(ofFileAt path: String) throws(ImagingError) -> (width: Int, height: Int) {
        var format: l_int32 = 0, width: l_int32 = 0, height: l_int32 = 0, bits: l_int32 = 0, samples: l_int32 = 0, colormap: l_int32 = 0
        guard pixReadHeader(path, &format, &width, &height, &bits, &samples, &colormap) == 0, width > 0, height > 0 else {
            throw ImagingError("read the header of \(path)")
        }
        return (Int(width), Int(height))
    }

    /// The peak signal-to-noise ratio of this 8-bit image against `other` (same size), in dB; infinite when equal.
    public func psnr(against other: borrowing LeptonicaImage) -> Double? {
        var same: l_int32 = 0
        var difference: Float = 0
        var rms: Float = 0
        guard pixCompareGray(pointer, other.pointer, l_int32(L_COMPARE_ABS_DIFF), 0, &same, &difference, &rms, nil) == 0
        else { return nil }
        return rms > 0 ? 20 * log10(255 / Double(rms)) : .infinity
    }

    /// The share of pixels where two bilevel images of the same size differ.
    public func differingShare(from other: borrowing LeptonicaImage) -> Double? {
        var fraction: Float = 0
        guard pixCompareBinary(pointer, other.pointer, l_int32(L_COMPARE_XOR), &fraction, nil) == 0 else { return nil }
        return Double(fraction)
    }
}
