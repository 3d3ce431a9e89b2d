import ArgumentParser
import Foundation
import Logging

/// The `sohoa` command line (SPEC.md, "Commands"). Exit codes are the contract's: 0 success, 1 usage or
/// configuration error, 2 finished with rejected inputs, 3 could not run (workspace locked, store unreachable).
@main
struct Sohoa: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sohoa",
        abstract: "Digitize civil-registry books: ingest scans, prepare pages, read fields, route to review, export.",
        version: "0.1.0",
        subcommands: [RunCommand.self, StatusCommand.self, ExportCommand.self, ReviewCommand.self]
    )

    static func main() async {
        ProcessEnvironment.restartWithLoadTimeSettingsIfNeeded()
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = ProcessEnvironment.logLevel
            return handler
        }
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let message = fullMessage(for: error)
            if exitCode(for: error) == .success {
                print(message)
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((message + "\n").utf8))
            Foundation.exit(ExitStatus.usage.rawValue)
        }
    }
}
