import CLeptonica
import CTIFF
import Foundation
import Logging

/// Sends what libtiff and Leptonica would print on stderr to swift-log instead, once per process.
enum LibraryDiagnostics {
    static let logger = Logger(label: "sohoa.imaging.c")

    private static let installed: Void = {
        leptSetStderrHandler { message in
            guard let message else { return }
            LibraryDiagnostics.logger.debug("leptonica: \(String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines))")
        }
        TIFFSetErrorHandler { module, format, arguments in
            LibraryDiagnostics.logger.debug("libtiff error: \(LibraryDiagnostics.format(module, format, arguments))")
        }
        TIFFSetWarningHandler { module, format, arguments in
            LibraryDiagnostics.logger.trace("libtiff warning: \(LibraryDiagnostics.format(module, format, arguments))")
        }
    }()

    /// Installs the handlers; cheap after the first call.
    static func install() { installed }

    private static func format(
        _ module: UnsafePointer<CChar>?, _ format: UnsafePointer<CChar>?, _ arguments: CVaListPointer?
    ) -> String {
        guard let format, let arguments else { return "" }
        var buffer = [CChar](repeating: 0, count: 512)
        _ = vsnprintf(&buffer, buffer.count, format, arguments)
        let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return module.map { "\(String(cString: $0)): \(text)" } ?? text
    }
}
