import ArgumentParser

/// `sohoa review`: the reviewers' web page and their accounts (SPEC.md, "Review").
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Serve the review queue and manage reviewers' accounts.",
        subcommands: [Serve.self, User.self])

    /// `sohoa review serve`.
    struct Serve: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Serve the review web page.")
        @OptionGroup var workspace: WorkspaceOptions
        @Option(help: "The address to bind; loopback unless told otherwise.") var host = "127.0.0.1"
        @Option(help: "The port to listen on.") var port = 8080

        func run() throws { throw ReviewCommand.notInThisBuild() }
    }

    /// `sohoa review user`.
    struct User: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Manage reviewers' accounts.", subcommands: [Add.self])

        /// `sohoa review user add <name> --role …` (password on standard input).
        struct Add: ParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Add an account; the password is read from standard input.")
            @Argument(help: "The login name.") var name: String
            @Option(help: "reviewer, supervisor or admin.") var role: String
            @OptionGroup var workspace: WorkspaceOptions

            func run() throws { throw ReviewCommand.notInThisBuild() }
        }
    }

    /// The review server is its own piece of work (issue 6); until it lands, say so instead of pretending.
    static func notInThisBuild() -> ExitCode {
        Console.error("the review server is not part of this build yet")
        return ExitStatus.usage.exitCode
    }
}
