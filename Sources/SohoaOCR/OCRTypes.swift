import CTesseract
import Foundation
public import SohoaImaging

/// A failure of the OCR engine, with what to do about it.
public struct OCRError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// What Tesseract read: NFC text and its mean confidence (0–1).
public struct TextReading: Sendable, Equatable {
    public var text: String
    public var confidence: Double
}

/// How Tesseract should segment the region it is given.
public enum PageSegmentation: Sendable {
    case automatic, singleBlock, singleLine, singleWord
    /// As much text as possible in no particular order (a page number alone in a margin).
    case sparse

    var tesseractMode: TessPageSegMode {
        switch self {
        case .automatic: PSM_AUTO
        case .singleBlock: PSM_SINGLE_BLOCK
        case .singleLine: PSM_SINGLE_LINE
        case .singleWord: PSM_SINGLE_WORD
        case .sparse: PSM_SPARSE_TEXT
        }
    }
}

/// One word Tesseract found: its NFC text, confidence (0–1) and box in image pixels.
public struct RecognizedWord: Sendable, Equatable {
    public var text: String
    public var confidence: Double
    public var box: PixelRect
}
