import ArgumentParser

/// The contract's exit codes (SPEC.md), mapped only here, at the edge.
enum ExitStatus: Int32 {
    case success = 0
    /// Usage or configuration error.
    case usage = 1
    /// Finished, but some inputs were rejected (each named in `status`, with its reason).
    case finishedWithRejections = 2
    /// Could not run: workspace locked by another run, store unreachable.
    case couldNotRun = 3

    var exitCode: ExitCode { ExitCode(rawValue) }
}
