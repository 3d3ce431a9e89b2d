import Foundation
import Logging

/// Process-wide settings that must be in place before any library loads.
enum ProcessEnvironment {
    /// Settings read by libraries as they load, so setting them later has no effect; the process re-executes
    /// itself once with them set, before anything else happens.
    /// - `OMP_THREAD_LIMIT=1`: Tesseract's OpenMP reads it when libgomp loads (INTEROP.md); sohoa's parallelism
    ///   comes from its own workers.
    /// - `MALLOC_MMAP_THRESHOLD_` and `MALLOC_TRIM_THRESHOLD_`: a frame or page image is megabytes and lives
    ///   briefly, and on a virtual machine every page faulted in from the system costs as much as the work done in
    ///   it. Buffers over 32 MB (a 300 dpi colour spread) are mapped on their own and returned when freed, which
    ///   bounds the peak memory of a run; smaller ones (pages, cell crops, Tesseract's own) come from the heap, and
    ///   the heap keeps up to 32 MB of free top rather than giving it back after every page. Setting the mmap
    ///   threshold alone leaves glibc's trim threshold at 128 kB: the heap is returned and faulted in again for
    ///   every page, which cost half the run (`scripts/bench` on seed 909: 98 s against 45 s, peak 298 → 360 MB).
    static let loadTimeSettings = [
        "OMP_THREAD_LIMIT": "1", "MALLOC_MMAP_THRESHOLD_": "33554432", "MALLOC_TRIM_THRESHOLD_": "33554432",
    ]

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
