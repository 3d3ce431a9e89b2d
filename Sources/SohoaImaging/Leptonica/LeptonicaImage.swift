package import CLeptonica

/// Owns one Leptonica image and destroys it; the only way a `PIX *` lives in sohoa.
public struct LeptonicaImage: ~Copyable {
    package let pointer: UnsafeMutablePointer<PIX>

    /// Takes ownership of an image a Leptonica call returned.
    init?(taking pointer: UnsafeMutablePointer<PIX>?) {
        guard let pointer else { return nil }
        self.pointer = pointer
    }

    deinit {
        var owned: UnsafeMutablePointer<PIX>? = pointer
        pixDestroy(&owned)
    }

    public var width: Int { Int(pixGetWidth(pointer)) }
    public var height: Int { Int(pixGetHeight(pointer)) }
    /// Bits per pixel in memory (1, 2, 4, 8, 16 or 32).
    public var depth: Int { Int(pixGetDepth(pointer)) }
    /// The horizontal resolution the file declared, or nil when it declared none.
    public var declaredDPI: Int? {
        let resolution = Int(pixGetXRes(pointer))
        return resolution > 0 ? resolution : nil
    }
}
