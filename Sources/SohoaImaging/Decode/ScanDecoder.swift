import CLeptonica

/// Decodes one frame of a TIFF or PNG into a Leptonica image, the form every later stage works on.
enum ScanDecoder {
    static func decode(path: String, format: ImageFileFormat, frame: Int) -> LeptonicaImage? {
        LibraryDiagnostics.install()
        switch format {
        case .tiff: return LeptonicaImage(taking: pixReadTiff(path, l_int32(frame)))
        case .png: return LeptonicaImage(taking: pixRead(path))
        }
    }
}
