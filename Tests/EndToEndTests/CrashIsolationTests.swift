import Foundation
import SohoaStore
import Testing

/// A frame that kills the process is set aside on its second attempt and the batch goes on; kills alone never set
/// anything aside. The crash is real: `SOHOA_TEST_ABORT_ON` makes the process abort when it reaches the named frame.
@Suite(.serialized) struct CrashIsolationTests {
    /// The marriage book of the samples, alone: seven files, two of them refused at ingest.
    static func smallBatch() throws -> URL {
        let batch = SampleBatch.temporaryFolder("crash-batch")
        try FileManager.default.copyItem(
            at: SampleBatch.batch.appendingPathComponent("kh-namdinh-2009-01"), to: batch.appendingPathComponent("kh-namdinh-2009-01"))
        return batch
    }

    static let crashing = ["SOHOA_TEST_ABORT_ON": "prepare:0003.tif", "SWIFT_BACKTRACE": "enable=no"]

    static func run(_ batch: URL, _ workspace: URL, _ extra: [String] = [], environment: [String: String] = [:]) throws -> Int32 {
        let child = try ChildProcess(["run", batch.path, "--workspace", workspace.path] + extra, environment: environment)
        return child.wait().exitCode
    }

    @Test func aFrameThatCrashesTheReaderIsSetAsideOnItsSecondAttempt() throws {
        let batch = try Self.smallBatch()
        let workspace = SampleBatch.temporaryFolder("ws-crash")
        let clean = SampleBatch.temporaryFolder("ws-crash-clean")
        defer { [batch, workspace, clean].forEach { try? FileManager.default.removeItem(at: $0) } }

        #expect(try Self.run(batch, workspace, environment: Self.crashing) == 128 + 6)
        let afterOne = try StatusJSON.read(workspace: workspace)
        // The frame the other worker was on died too; the next run tells which was a crash.
        #expect(afterOne.interrupted.contains { $0.file == "0003.tif" && $0.stage == "prepare" })
        #expect(try Self.run(batch, workspace, environment: Self.crashing) == 128 + 6)

        // Third run: the frame is set aside, the rest of the book is prepared and read, and the run says so.
        #expect(try Self.run(batch, workspace, environment: Self.crashing) == 2)
        let report = try StatusJSON.read(workspace: workspace)
        let setAside = report.rejected.filter { $0.reason == "crashed-reader" }
        #expect(setAside.map(\.file) == ["0003.tif"] && setAside.first?.frame == 0)
        let detail = setAside.first?.detail ?? ""
        #expect(detail.contains("2 times in the prepare stage (SIGABRT, SIGABRT)"), "\(detail)")
        #expect(detail.contains("--retry-crashed"))
        #expect(report.interrupted.isEmpty)
        let book = try #require(report.books.first)
        #expect(book.unfinished == 0 && book.records > 0)
        let text = try ChildProcess.run(["status", "--workspace", workspace.path]).output
        #expect(text.contains("kh-namdinh-2009-01/0003.tif frame 0: crashed-reader"))

        // Once set aside, the frame is not tried again: the next run is the same.
        #expect(try Self.run(batch, workspace, environment: Self.crashing) == 2)
        #expect(StatusJSON.comparable(try StatusJSON.read(workspace: workspace)) == StatusJSON.comparable(report))

        // The cause fixed, --retry-crashed takes it in: the workspace ends as one clean run.
        #expect(try Self.run(batch, workspace, ["--retry-crashed"]) == 2)
        #expect(try Self.run(batch, clean) == 2)
        let retried = try StatusJSON.read(workspace: workspace)
        #expect(retried.rejected.allSatisfy { $0.reason != "crashed-reader" })
        #expect(StatusJSON.comparable(retried) == StatusJSON.comparable(try StatusJSON.read(workspace: clean)))
    }

    /// `kill -9` at times spread over a whole run (a golden-ratio sequence, so that the kills land in every stage).
    /// Each run that is killed is resumed by the next; when one finishes before its kill, its workspace must equal a
    /// clean run's and the soak goes on in a fresh one. Nothing is ever set aside. CI lands 4 kills;
    /// `SOHOA_SOAK_KILLS=20 swift test --skip-build --filter killsNeverSetAnythingAside` is the soak.
    @Test func killsNeverSetAnythingAside() throws {
        let kills = ProcessInfo.processInfo.environment["SOHOA_SOAK_KILLS"].flatMap(Int.init) ?? 4
        let batch = try Self.smallBatch()
        let clean = SampleBatch.temporaryFolder("ws-soak-clean")
        var workspace = SampleBatch.temporaryFolder("ws-soak")
        defer { [batch, workspace, clean].forEach { try? FileManager.default.removeItem(at: $0) } }

        let started = Date()
        #expect(try Self.run(batch, clean) == 2)
        let duration = Date().timeIntervalSince(started)
        let reference = StatusJSON.comparable(try StatusJSON.read(workspace: clean))
        func expectLikeACleanRun(_ workspace: URL) throws {
            let report = try StatusJSON.read(workspace: workspace)
            #expect(report.rejected.allSatisfy { $0.reason != "crashed-reader" })
            #expect(report.interrupted.isEmpty)
            #expect(StatusJSON.comparable(report) == reference)
        }
        var landed = 0
        var attempt = 0
        while landed < kills && attempt < 3 * kills {
            attempt += 1
            let fraction = (Double(attempt) * 0.618_033_988_75).truncatingRemainder(dividingBy: 1)
            let child = try ChildProcess(["run", batch.path, "--workspace", workspace.path])
            usleep(useconds_t(duration * (0.05 + 0.9 * fraction) * 1_000_000))
            child.kill()
            if child.wait().exitCode == 128 + 9 {
                landed += 1
            } else {
                try expectLikeACleanRun(workspace)
                try? FileManager.default.removeItem(at: workspace)
                workspace = SampleBatch.temporaryFolder("ws-soak")
            }
        }
        #expect(landed == kills)
        #expect(try Self.run(batch, workspace) == 2)
        try expectLikeACleanRun(workspace)
    }
}
