import CTesseract

/// The engine variables a cell read sets (segmentation, whitelist, LSTM choice mode), saved before the read and put
/// back after it, so that none leaks into the engine's other reads (`PageNumberReader` shares the engine).
struct CellReadSettings {
    /// `lstm_choice_mode` 2: per symbol, the best choice and the runners-up of up to `lstm_choice_iterations`
    /// secondary beam searches, each excluding what the ones before chose. (Mode 1 gives the raw timesteps; the
    /// choice iterator serves the same symbol choices under any non-zero mode in Tesseract 5.)
    static let symbolChoices: Int32 = 2

    let segmentation: TessPageSegMode
    let whitelist: String
    let choiceMode: Int32

    /// What `handle` has now.
    init(of handle: OpaquePointer) {
        segmentation = TessBaseAPIGetPageSegMode(handle)
        whitelist = TessBaseAPIGetStringVariable(handle, "tessedit_char_whitelist").map { String(cString: $0) } ?? ""
        var mode: Int32 = 0
        choiceMode = TessBaseAPIGetIntVariable(handle, "lstm_choice_mode", &mode) != 0 ? mode : 0
    }

    init(segmentation: PageSegmentation, characters: String?, rivals: Bool = true) {
        self.segmentation = segmentation.tesseractMode
        whitelist = characters ?? ""
        choiceMode = rivals ? Self.symbolChoices : 0
    }

    func apply(to handle: OpaquePointer) {
        TessBaseAPISetPageSegMode(handle, segmentation)
        TessBaseAPISetVariable(handle, "tessedit_char_whitelist", whitelist)
        TessBaseAPISetVariable(handle, "lstm_choice_mode", String(choiceMode))
    }

    /// Runs `body` with these settings on `handle`, then puts back what was there.
    func applied<Result>(
        to handle: OpaquePointer, _ body: () throws(OCRError) -> Result
    ) throws(OCRError) -> Result {
        let saved = CellReadSettings(of: handle)
        apply(to: handle)
        defer { saved.apply(to: handle) }
        return try body()
    }
}
