import CLeptonica
import CTIFF
import Foundation
import Logging

/// What libtiff and Leptonica would print on stderr goes to swift-log instead; and libtiff's messages can be
/// collected while a frame is verified, because libtiff reports damaged data (bad G4 code words, corrupt JPEG) by
/// message while still returning pixels.
enum LibraryDiagnostics {
    static let logger = Logger(label: "sohoa.imaging.c")
    private static let collectorKey = "sohoa.libtiff.messages"

    /// The messages libtiff reported on this thread while `body` ran.
    final class Collected {
        var messages: [String] = []
    }

    private static let leptonicaInstalled: Void = {
        leptSetStderrHandler { message in
            guard let message else { return }
            LibraryDiagnostics.logger.debug("leptonica: \(String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines))")
        }
    }()

    /// Routes Leptonica's messages to the log; cheap after the first call.
    static func install() { leptonicaInstalled }

    /// Routes libtiff's errors and warnings to the log. Set before every use of libtiff: Leptonica replaces the
    /// handlers with its own whenever it opens a TIFF.
    static func installLibTIFFHandlers() {
        TIFFSetErrorHandler { module, format, arguments in LibraryDiagnostics.receive("error", module, format, arguments) }
        TIFFSetWarningHandler { module, format, arguments in LibraryDiagnostics.receive("warning", module, format, arguments) }
    }

    /// Runs `body` with libtiff's errors and warnings collected for this thread.
    static func collectingLibTIFFMessages<T>(_ body: () -> T) -> (T, [String]) {
        installLibTIFFHandlers()
        let collected = Collected()
        Thread.current.threadDictionary[collectorKey] = collected
        defer { Thread.current.threadDictionary.removeObject(forKey: collectorKey) }
        let result = body()
        return (result, collected.messages)
    }

    private static func receive(
        _ kind: String, _ module: UnsafePointer<CChar>?, _ format: UnsafePointer<CChar>?, _ arguments: CVaListPointer?
    ) {
        guard let format, let arguments else { return }
        var buffer = [CChar](repeating: 0, count: 512)
        _ = vsnprintf(&buffer, buffer.count, format, arguments)
        var text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        if let module { text = "\(String(cString: module)): \(text)" }
        logger.debug("libtiff \(kind): \(text)")
        (Thread.current.threadDictionary[collectorKey] as? Collected)?.messages.append(text)
    }
}
