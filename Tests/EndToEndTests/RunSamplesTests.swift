import Foundation
import SohoaStore
import Testing

/// `sohoa run` on the committed sample batch, as a user runs it: a real process, a real workspace.
@Suite(.serialized) struct RunSamplesTests {
    @Test func ingestsEveryValidFileRejectsEachBadOneAndExits2() throws {
        let workspace = SampleBatch.temporaryFolder("ws")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let run = try ChildProcess.run(["run", SampleBatch.batch.path, "--workspace", workspace.path])
        #expect(run.ending.exitCode == 2, "\(run.errors)")

        let truth = try SampleBatch.truth()
        let status = try StatusJSON.read(workspace: workspace)
        #expect(Set(status.books.map(\.id)) == Set(truth.books.keys))
        for (id, book) in truth.books {
            let reported = try #require(status.books.first { $0.id == id })
            #expect(reported.pipeline == book.pipeline)
            #expect(reported.configurationError == nil)
            let valid = book.files.filter { $0.rejected == nil }
            #expect(reported.frames == valid.reduce(0) { $0 + ($1.frames?.count ?? 0) }, "frames of \(id)")
            for file in book.files {
                let rejection = status.rejected.first { $0.book == id && $0.file == file.file }
                #expect(rejection?.reason == file.rejected, "\(id)/\(file.file)")
                if file.rejected != nil { #expect(rejection?.detail?.isEmpty == false) }
            }
        }
        #expect(status.rejected.count == truth.books.values.flatMap(\.files).filter { $0.rejected != nil }.count)
        #expect(run.output.contains("rejected"))

        // Running it again changes nothing and still reports the rejections.
        let again = try ChildProcess.run(["run", SampleBatch.batch.path, "--workspace", workspace.path, "--jobs", "1"])
        #expect(again.ending.exitCode == 2)
        #expect(StatusJSON.comparable(try StatusJSON.read(workspace: workspace)) == StatusJSON.comparable(status))
        #expect(again.errors.contains("already ingested"))
    }

    @Test func aMissingBatchIsAUsageError() throws {
        let workspace = SampleBatch.temporaryFolder("ws")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let run = try ChildProcess.run(["run", "/nonexistent/batch", "--workspace", workspace.path])
        #expect(run.ending.exitCode == 1)
        #expect(run.errors.contains("/nonexistent/batch"))
    }

    @Test func statusOfNoWorkspaceCannotRun() throws {
        let run = try ChildProcess.run(["status", "--workspace", "/nonexistent/workspace"])
        #expect(run.ending.exitCode == 3)
        #expect(run.errors.contains("no sohoa workspace"))
    }
}
