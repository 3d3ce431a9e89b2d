import CTIFF

/// Owns one open libtiff handle and closes it.
struct TIFFHandle: ~Copyable {
    let pointer: OpaquePointer

    /// Opens `path` read-only, or returns nil when libtiff cannot read its header or first directory.
    init?(path: String) {
        LibraryDiagnostics.install()
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

    var isLastDirectory: Bool { TIFFLastDirectory(pointer) != 0 }

    /// Moves to the next directory; false when it cannot be read.
    func readNextDirectory() -> Bool { TIFFReadDirectory(pointer) == 1 }
}
