import Foundation
import Logging

/// Process-wide settings that must be in place before any library loads.
enum ProcessEnvironment {
    /// Settings read by libraries as they load, so setting them later has no effect; the process re-executes
    /// itself once with them set, before anything else happens.
    /// - `OMP_THREAD_LIMIT=1`: Tesseract's OpenMP reads it when libgomp loads (INTEROP.md); sohoa's parallelism
    ///   comes from its own workers.
    /// - `MALLOC_MMAP_THRESHOLD_`: scans are tens of megabytes each and live briefly. glibc raises its mmap
    ///   threshold after such a buffer is freed, so later ones come from the heap and stay resident; a fixed
    ///   8 MB threshold keeps every frame and 300 dpi page mapped on its own and returned to the system when freed,
    ///   which bounds the peak memory of a run, while the many smaller buffers stay on the heap (a 1 MB
    ///   threshold cost a quarter of the run in page faults: `scripts/bench` 48 s against 35 s).
    static let loadTimeSettings = ["OMP_THREAD_LIMIT": "1", "MALLOC_MMAP_THRESHOLD_": "8388608"]

    static func restartWithLoadTimeSettingsIfNeeded() {
        let environment = ProcessInfo.processInfo.environment
        let missing = loadTimeSettings.filter { environment[$0.key] == nil || ($0.key == "OMP_THREAD_LIMIT" && environment[$0.key] != "1") }
        guard !missing.isEmpty else { return }
        for (name, value) in missing { setenv(name, value, 1) }
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
