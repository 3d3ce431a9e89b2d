import CTIFF

/// Short names for TIFF compression schemes, as recorded per frame.
enum TIFFCompressionName {
    static func of(_ compression: UInt16) -> String {
        switch Int32(compression) {
        case COMPRESSION_NONE: "none"
        case COMPRESSION_CCITTRLE: "ccitt-rle"
        case COMPRESSION_CCITTFAX3: "ccitt-g3"
        case COMPRESSION_CCITTFAX4: "ccitt-g4"
        case COMPRESSION_LZW: "lzw"
        case COMPRESSION_OJPEG: "old-jpeg"
        case COMPRESSION_JPEG: "jpeg"
        case COMPRESSION_ADOBE_DEFLATE, COMPRESSION_DEFLATE: "deflate"
        case COMPRESSION_PACKBITS: "packbits"
        case COMPRESSION_ZSTD: "zstd"
        case COMPRESSION_WEBP: "webp"
        case COMPRESSION_LZMA: "lzma"
        default: "tiff-\(compression)"
        }
    }
}
