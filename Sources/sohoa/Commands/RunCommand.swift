import ArgumentParser
import Foundation
import SohoaCore
import SohoaImaging
import SohoaPipeline
import SohoaStore

/// `sohoa run <batch>`: ingests every book of the batch and takes it through the pipeline, resumably.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Process a batch of book folders into the workspace (idempotent, resumable).")

    @Argument(help: "The batch folder: one sub-folder per book.", completion: .directory)
    var batch: String

    @OptionGroup var workspace: WorkspaceOptions

    @Option(help: "Worker threads (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "A folder of pipeline files to use instead of the shipped ones.", completion: .directory)
    var pipelines: String?

    @Option(help: "Refuse frames with more megapixels than this, checked before decoding.")
    var maxMegapixels: Int = PixelLimit.default.maxPixels / 1_000_000

    @Flag(help: "Try again the inputs set aside because a reader crashed on them (crashed-reader in status).")
    var retryCrashed = false

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxMegapixels >= 1 else { throw ValidationError("--max-megapixels must be at least 1") }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: batch, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("the batch folder \(batch) does not exist or is not a folder")
        }
    }

    func run() throws {
        let catalog = try pipelineCatalog()
        let store = try workspace.openStore()
        let lock: WorkspaceLock
        do { lock = try WorkspaceLock(workspace.value, holder: "sohoa run \(batch)") } catch {
            Console.error(error.description)
            throw ExitStatus.couldNotRun.exitCode
        }
        try process(store: store, catalog: catalog, holding: lock)
    }

    /// The run proper, while `lock` keeps other runs out of the workspace.
    private func process(store: SohoaStore, catalog: PipelineCatalog, holding lock: borrowing WorkspaceLock) throws {
        let started = Date()
        let progress: any RunProgress = Console.isTerminal ? TerminalProgress() : LogLineProgress()
        let batchFolder = BatchFolder(url: URL(fileURLWithPath: batch))
        do {
            let runId = try store.startRun(command: "run", batch: batchFolder.url.path, jobs: jobs)
            if retryCrashed {
                Console.error("\(try store.releaseSetAside()) input(s) set aside after crashes are tried again")
            }
            let retry = "sohoa run \(batch) --workspace \(workspace.value.root.path) --retry-crashed"
            let (attempts, setAside) = try WorkAttempts.start(store: store, run: runId, retry: retry)
            for item in setAside {
                let place = [item.file, item.frameIndex.map { "frame \($0)" }].compactMap { $0 }.joined(separator: " ")
                Console.error("set aside \(item.bookId)/\(place): a reader keeps crashing on it in the \(item.stage.rawValue) stage")
            }
            let ingest = IngestStage(
                store: store,
                inspector: ScanInspector(pixelLimit: PixelLimit(maxPixels: maxMegapixels * 1_000_000)),
                configurationReader: BookConfigurationReader(catalog: catalog),
                observer: progress, attempts: attempts)
            var stages = StageTimes()
            let summary = try stages.time("ingest") { () throws(PipelineRunError) in
                try ingest.ingest(batchFolder, jobs: jobs)
            }
            try stages.time("prepare") { () throws(PipelineRunError) in
                try PrepareStage(store: store, observer: progress, attempts: attempts).prepare(books: summary.books, jobs: jobs)
            }
            try stages.time("recognize") { () throws(PipelineRunError) in
                guard let folder = ReferenceData.shippedFolder() else {
                    throw .configuration("cannot find the shipped reference lists (domain/); name the folder with SOHOA_DOMAIN")
                }
                try RecognizeStage(
                    store: store, observer: progress, pipelines: catalog, lexicons: try ReferenceData.load(from: folder),
                    attempts: attempts
                ).recognize(books: summary.books, jobs: jobs)
            }
            progress.finish()
            let status = try store.status(lockedByRun: true)
            let exit = RunReport(summary: summary, status: status, workspace: workspace.value, started: started, stages: stages).print()
            try store.finishRun(runId, exitCode: Int(exit.rawValue))
            if exit != .success { throw exit.exitCode }
        } catch let error as PipelineRunError {
            progress.finish()
            Console.error(error.description)
            switch error {
            case .configuration: throw ExitStatus.usage.exitCode
            case .store: throw ExitStatus.couldNotRun.exitCode
            }
        } catch let error as StoreError {
            progress.finish()
            Console.error(error.description)
            throw ExitStatus.couldNotRun.exitCode
        }
    }

    private func pipelineCatalog() throws -> PipelineCatalog {
        if let pipelines { return PipelineCatalog(folder: URL(fileURLWithPath: pipelines)) }
        guard let shipped = PipelineCatalog.shipped() else {
            Console.error("cannot find the shipped pipelines folder; name one with --pipelines DIR or SOHOA_PIPELINES")
            throw ExitStatus.usage.exitCode
        }
        return shipped
    }
}
