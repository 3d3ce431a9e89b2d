import Foundation
import Logging

/// Process-wide settings that must be in place before any library loads.
enum ProcessEnvironment {
    /// Tesseract's OpenMP reads `OMP_THREAD_LIMIT` when libgomp loads, so setting it later has no effect
    /// (INTEROP.md). sohoa's parallelism comes from its own workers; the process re-executes itself once with the
    /// limit set, before anything else happens.
    static func restartWithSingleThreadedOpenMPIfNeeded() {
        guard ProcessInfo.processInfo.environment["OMP_THREAD_LIMIT"] != "1" else { return }
        setenv("OMP_THREAD_LIMIT", "1", 1)
        let arguments = CommandLine.arguments
        var pointers = arguments.map { strdup($0) } + [nil]
        execv("/proc/self/exe", &pointers)
        // execv returns only on failure: carry on in this process, only slower when OCR runs.
        for pointer in pointers { free(pointer) }
    }

    /// `SOHOA_LOG_LEVEL` (trace, debug, info, notice, warning, error, critical); `notice` by default.
    static var logLevel: Logger.Level {
        ProcessInfo.processInfo.environment["SOHOA_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .notice
    }
}
