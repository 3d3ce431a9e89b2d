import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// A `sohoa` process started by a test: its exit status and output, and the means to kill it with SIGKILL as a
/// power cut or an impatient operator would.
final class ChildProcess {
    let pid: pid_t
    let stdout: URL
    let stderr: URL

    /// The `sohoa` binary built beside this test bundle.
    static var sohoa: URL {
        if let path = ProcessInfo.processInfo.environment["SOHOA_BINARY"] { return URL(fileURLWithPath: path) }
        return URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("sohoa")
    }

    init(_ arguments: [String], environment: [String: String] = [:]) throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sohoa-child-\(UUID())")
        stdout = output.appendingPathExtension("out")
        stderr = output.appendingPathExtension("err")
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let executable = Self.sohoa.path
        var env = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        env["OMP_THREAD_LIMIT"] = "1"
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0)=\($1)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
        self.pid = pid
    }

    /// How the process ended: its exit code, or 128 + the signal that ended it.
    struct Ending {
        var exitCode: Int32
    }

    func wait() -> Ending {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7F
        return Ending(exitCode: signal == 0 ? (status >> 8) & 0xFF : 128 + signal)
    }

    func kill() { _ = Glibc.kill(pid, SIGKILL) }

    deinit {
        try? FileManager.default.removeItem(at: stdout)
        try? FileManager.default.removeItem(at: stderr)
    }

    var output: String { (try? String(contentsOf: stdout, encoding: .utf8)) ?? "" }
    var errors: String { (try? String(contentsOf: stderr, encoding: .utf8)) ?? "" }

    /// Runs `sohoa` to the end.
    static func run(_ arguments: [String]) throws -> (ending: Ending, output: String, errors: String) {
        let child = try ChildProcess(arguments)
        let ending = child.wait()
        return (ending, child.output, child.errors)
    }
}
