import Foundation
import GRDB
import SohoaStore
import Testing

/// The promises that need a second process: one run per workspace, and nothing lost when a run is killed.
@Suite(.serialized) struct InterruptedRunTests {
    /// A batch big enough that ingest takes a while: the sample books, three times under other ids.
    static func largeBatch() throws -> URL {
        let batch = SampleBatch.temporaryFolder("large-batch")
        for copy in 1...3 {
            for book in try FileManager.default.contentsOfDirectory(atPath: SampleBatch.batch.path) where !book.hasPrefix(".") {
                try FileManager.default.copyItem(
                    at: SampleBatch.batch.appendingPathComponent(book), to: batch.appendingPathComponent("\(book)-\(copy)"))
            }
        }
        return batch
    }

    /// Files committed so far, read from the workspace database while the run goes on (WAL allows it).
    static func committedFiles(_ workspace: URL) -> Int { count("scanFile", in: workspace) }

    /// Rows of `table` committed so far.
    static func count(_ table: String, in workspace: URL) -> Int {
        let path = workspace.appendingPathComponent("sohoa.sqlite").path
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        var configuration = Configuration()
        configuration.readonly = true
        guard let queue = try? DatabaseQueue(path: path, configuration: configuration) else { return 0 }
        return (try? queue.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \(table)") }) ?? 0
    }

    static func waitUntil(timeout: TimeInterval = 120, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if condition() { return true }
            usleep(10_000)
        }
        return false
    }

    @Test func aKilledRunLosesNothingAndTheNextRunEndsAsACleanOne() throws {
        let batch = try Self.largeBatch()
        let killed = SampleBatch.temporaryFolder("ws-killed")
        let clean = SampleBatch.temporaryFolder("ws-clean")
        defer { [batch, killed, clean].forEach { try? FileManager.default.removeItem(at: $0) } }

        let child = try ChildProcess(["run", batch.path, "--workspace", killed.path, "--jobs", "1"])
        #expect(Self.waitUntil { Self.committedFiles(killed) >= 3 })
        child.kill()
        #expect(child.wait().exitCode == 128 + 9)
        let committed = Self.committedFiles(killed)
        let interrupted = try StatusJSON.read(workspace: killed)
        #expect(interrupted.lastRun?.interrupted == true)

        let resumed = try ChildProcess.run(["run", batch.path, "--workspace", killed.path])
        #expect(resumed.ending.exitCode == 2, "\(resumed.errors)")
        #expect(resumed.errors.components(separatedBy: "already ingested").count - 1 == committed)
        let reference = try ChildProcess.run(["run", batch.path, "--workspace", clean.path])
        #expect(reference.ending.exitCode == 2)
        let total = Self.committedFiles(clean)
        #expect(committed < total, "the run was killed after it had finished")
        #expect(Self.committedFiles(killed) == total)
        #expect(StatusJSON.comparable(try StatusJSON.read(workspace: killed)) == StatusJSON.comparable(try StatusJSON.read(workspace: clean)))

        // The deliveries depend on the scans only: byte for byte the same, however the runs went.
        var trees: [[String: Data]] = []
        for workspace in [killed, clean] {
            let out = workspace.appendingPathComponent("delivery")
            let export = try ChildProcess.run(["export", "--workspace", workspace.path, "--out", out.path, "--include-pending"])
            #expect(export.ending.exitCode == 0, "\(export.errors)")
            trees.append(try SampleDelivery.tree(out))
        }
        #expect(trees[0].count > 9 && trees[0] == trees[1], "differing: \(trees[0].keys.filter { trees[0][$0] != trees[1][$0] }.sorted())")
    }

    @Test func aRunKilledWhilePreparingPagesIsCompletedByTheNext() throws {
        let batch = try Self.largeBatch()
        let killed = SampleBatch.temporaryFolder("ws-killed-prepare")
        let clean = SampleBatch.temporaryFolder("ws-clean-prepare")
        defer { [batch, killed, clean].forEach { try? FileManager.default.removeItem(at: $0) } }

        let child = try ChildProcess(["run", batch.path, "--workspace", killed.path, "--jobs", "1"])
        #expect(Self.waitUntil { Self.count("page", in: killed) >= 4 })
        child.kill()
        #expect(child.wait().exitCode == 128 + 9)
        let pagesAtKill = Self.count("page", in: killed)

        #expect(try ChildProcess.run(["run", batch.path, "--workspace", killed.path]).ending.exitCode == 2)
        #expect(try ChildProcess.run(["run", batch.path, "--workspace", clean.path]).ending.exitCode == 2)
        #expect(pagesAtKill < Self.count("page", in: clean), "the run was killed after it had prepared everything")
        let resumed = try StatusJSON.read(workspace: killed)
        #expect(resumed.totals.pages == Self.count("page", in: clean))
        #expect(StatusJSON.comparable(resumed) == StatusJSON.comparable(try StatusJSON.read(workspace: clean)))
    }

    @Test func aRunKilledWhileReadingRecordsIsCompletedByTheNext() throws {
        let killed = SampleBatch.temporaryFolder("ws-killed-recognize")
        let clean = SampleBatch.temporaryFolder("ws-clean-recognize")
        defer { [killed, clean].forEach { try? FileManager.default.removeItem(at: $0) } }

        let child = try ChildProcess(["run", SampleBatch.batch.path, "--workspace", killed.path, "--jobs", "1"])
        #expect(Self.waitUntil { Self.count("record", in: killed) >= 3 })
        child.kill()
        #expect(child.wait().exitCode == 128 + 9)
        let recordsAtKill = Self.count("record", in: killed)

        #expect(try ChildProcess.run(["run", SampleBatch.batch.path, "--workspace", killed.path]).ending.exitCode == 2)
        #expect(try ChildProcess.run(["run", SampleBatch.batch.path, "--workspace", clean.path]).ending.exitCode == 2)
        #expect(recordsAtKill < Self.count("record", in: clean), "the run was killed after it had read everything")
        #expect(Self.count("field", in: killed) == Self.count("field", in: clean))
        #expect(StatusJSON.comparable(try StatusJSON.read(workspace: killed)) == StatusJSON.comparable(try StatusJSON.read(workspace: clean)))
    }

    @Test func aSecondRunOnTheSameWorkspaceExits3() throws {
        let batch = try Self.largeBatch()
        let workspace = SampleBatch.temporaryFolder("ws-locked")
        defer { [batch, workspace].forEach { try? FileManager.default.removeItem(at: $0) } }

        let first = try ChildProcess(["run", batch.path, "--workspace", workspace.path, "--jobs", "1"])
        defer { first.kill(); _ = first.wait() }
        #expect(Self.waitUntil { Self.committedFiles(workspace) >= 1 })
        let second = try ChildProcess.run(["run", batch.path, "--workspace", workspace.path])
        #expect(second.ending.exitCode == 3)
        #expect(second.errors.contains("in use by another sohoa run"))
        #expect(second.errors.contains("pid \(first.pid)"))
    }
}
