import ArgumentParser
import Foundation
import HummingbirdBcrypt
import Hummingbird
import SohoaCore
import SohoaPipeline
import SohoaReview
import SohoaStore

/// `sohoa review`: the reviewers' web page and their accounts (SPEC.md, "Review").
struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review", abstract: "Serve the review queue and manage reviewers' accounts.",
        subcommands: [Serve.self, User.self])

    /// `sohoa review serve`.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Serve the review web page.")
        @OptionGroup var workspace: WorkspaceOptions
        @Option(help: "The address to bind; loopback unless told otherwise.") var host = "127.0.0.1"
        @Option(help: "The port to listen on.") var port = 8080

        func run() async throws {
            let store = try workspace.openExistingStore()
            guard let catalog = PipelineCatalog.shipped(), let domain = ReferenceData.shippedFolder() else {
                Console.error("cannot find the shipped pipelines and domain folders; name them with SOHOA_PIPELINES and SOHOA_DOMAIN")
                throw ExitStatus.usage.exitCode
            }
            let server: ReviewServer
            do {
                var pipelines: [String: Pipeline] = [:]
                for name in catalog.names { pipelines[name] = try catalog.pipeline(named: name) }
                let lexicons = try ReferenceData.load(from: domain)
                guard let places = lexicons.placeChoices else { throw PipelineRunError.configuration("no place choices in \(domain.path)") }
                server = try ReviewServer(
                    store: store, pipelines: pipelines, ethnicGroups: lexicons.ethnicGroups, places: places, names: lexicons.names)
            } catch {
                Console.error("\(error)")
                throw ExitStatus.usage.exitCode
            }
            Console.progress("review page: http://\(host):\(port)/ (Ctrl+C to stop)\n")
            do { try await server.application(host: host, port: port).runService() } catch {
                Console.error("cannot serve on \(host):\(port): \(error)")
                throw ExitStatus.couldNotRun.exitCode
            }
        }
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

            /// The shortest password accepted.
            static let minimumLength = 8

            func validate() throws {
                guard ReviewerRole(rawValue: role) != nil else {
                    throw ValidationError("--role must be reviewer, supervisor or admin, not \(role)")
                }
                guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else {
                    throw ValidationError("a login name is letters, digits, '.', '_' or '-'")
                }
            }

            func run() throws {
                let password = (readLine(strippingNewline: true) ?? "")
                guard password.count >= Self.minimumLength else {
                    Console.error("the password (read from standard input) must have at least \(Self.minimumLength) characters")
                    throw ExitStatus.usage.exitCode
                }
                let store = try workspace.openStore()
                let added: Bool
                do {
                    added = try store.addReviewer(
                        name: name, role: ReviewerRole(rawValue: role) ?? .reviewer, passwordHash: Bcrypt.hash(password, cost: 12))
                } catch {
                    Console.error(error.description)
                    throw ExitStatus.couldNotRun.exitCode
                }
                guard added else {
                    Console.error("an account named \(name) exists already")
                    throw ExitStatus.usage.exitCode
                }
                print("added \(role) \(name)")
            }
        }
    }
}
