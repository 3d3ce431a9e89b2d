import Foundation

/// Where the command line writes: results on standard output, diagnostics and progress on standard error.
enum Console {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data("sohoa: \(message)\n".utf8))
    }

    static func progress(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether standard error is a terminal, where a progress bar can redraw itself.
    static var isTerminal: Bool { isatty(STDERR_FILENO) == 1 }
}
