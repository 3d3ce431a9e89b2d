import CTIFF
import Glibc

/// Owns one open libtiff handle and closes it.
struct TIFFHandle: ~Copyable {
    let pointer: OpaquePointer

    /// Opens `path` read-only, or returns nil when libtiff cannot read its header or first directory.
    init?(path: String) {
        guard let pointer = TIFFOpen(path, "r") else { return nil }
        self.pointer = pointer
    }

    deinit { TIFFClose(pointer) }

    func uint32(_ tag: Int32) -> UInt32? {
        var value: UInt32 = 0
        return CTIFF_getUInt32(pointer, UInt32(tag), &value) == 1 ? value : nil
    }

    func uint16(_ tag: Int32, defaulted: Bool = false) -> UInt16? {
        var value: UInt16 = 0
        let found = defaulted
            ? CTIFF_getUInt16Defaulted(pointer, UInt32(tag), &value) : CTIFF_getUInt16(pointer, UInt32(tag), &value)
        return found == 1 ? value : nil
    }

    /// The byte range past which the current directory's strips or tiles reach, or nil when none is declared.
    func dataEnd() -> UInt64? {
        let count = TIFFIsTiled(pointer) != 0 ? TIFFNumberOfTiles(pointer) : TIFFNumberOfStrips(pointer)
        var end: UInt64?
        for strile in 0..<count {
            let offset = TIFFGetStrileOffset(pointer, strile)
            let length = TIFFGetStrileByteCount(pointer, strile)
            let (sum, overflow) = offset.addingReportingOverflow(length)
            end = max(end ?? 0, overflow ? UInt64.max : sum)
        }
        return end
    }

    func float(_ tag: Int32) -> Float? {
        var value: Float = 0
        return CTIFF_getFloat(pointer, UInt32(tag), &value) == 1 ? value : nil
    }

    /// Makes directory `index` (0-based) the current one.
    func select(directory index: Int) -> Bool { TIFFSetDirectory(pointer, tdir_t(index)) == 1 }

    /// Decodes every strip or tile of the current directory into one reusable buffer; false at the first failure, or
    /// when one strip or tile would need more than `byteLimit` bytes (a hostile directory can declare 170 GB strips
    /// for a 262-byte file; the allocation is never tried).
    func decodeAllStrips(byteLimit: Int) -> Bool {
        let tiled = TIFFIsTiled(pointer) != 0
        let count = tiled ? TIFFNumberOfTiles(pointer) : TIFFNumberOfStrips(pointer)
        let size = tiled ? TIFFTileSize(pointer) : TIFFStripSize(pointer)
        guard size > 0, size <= byteLimit, let buffer = malloc(Int(size)) else { return false }
        defer { free(buffer) }
        return (0..<count).allSatisfy { index in
            let read = tiled
                ? TIFFReadEncodedTile(pointer, index, buffer, tmsize_t(size))
                : TIFFReadEncodedStrip(pointer, index, buffer, tmsize_t(size))
            return read >= 0
        }
    }

    /// The horizontal resolution the current directory declares, in dots per inch, or nil.
    var declaredDPI: Int? {
        guard let resolution = float(TIFFTAG_XRESOLUTION), resolution.isFinite, resolution > 0 else { return nil }
        let perInch: Double
        switch Int32(uint16(TIFFTAG_RESOLUTIONUNIT, defaulted: true) ?? UInt16(RESUNIT_INCH)) {
        case RESUNIT_INCH: perInch = Double(resolution)
        case RESUNIT_CENTIMETER: perInch = Double(resolution) * 2.54
        default: return nil
        }
        // A tag of 1e30 would trap in the conversion: anything past a million dpi measures nothing anyway.
        guard perInch < 1_000_000 else { return nil }
        return Int(perInch.rounded())
    }

    var isLastDirectory: Bool { TIFFLastDirectory(pointer) != 0 }

    /// Moves to the next directory; false when it cannot be read.
    func readNextDirectory() -> Bool { TIFFReadDirectory(pointer) == 1 }
}
