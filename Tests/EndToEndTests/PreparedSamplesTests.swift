import Foundation
import GRDB
import Testing

/// After `sohoa run` on the sample batch, the prepared pages, openings and records against the truth.
@Suite(.serialized) struct PreparedSamplesTests {
    struct Truth: Decodable {
        struct Book: Decodable { var openings: [Opening] }
        struct Opening: Decodable {
            var pageNumbers: [Int]
            var left: Place
            var right: Place
        }
        struct Place: Decodable, Equatable {
            var file: String
            var frame: Int
        }
        var books: [String: Book]
    }

    @Test func everyOpeningAndRecordIsFoundAndWhatIsAcceptedIsRight() throws {
        let workspace = SampleBatch.temporaryFolder("ws-prepared")
        defer { try? FileManager.default.removeItem(at: workspace) }
        let run = try ChildProcess.run(["run", SampleBatch.batch.path, "--workspace", workspace.path])
        #expect(run.ending.exitCode == 2, "\(run.errors)")
        let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: SampleBatch.root.appendingPathComponent("samples/truth.json")))
        let database = try DatabaseQueue(path: workspace.appendingPathComponent("sohoa.sqlite").path)
        let sql = """
            SELECT o.sequence, o.problem,
              lf.path AS leftFile, lfr.frameIndex AS leftFrame, lp.pageNumber AS leftNumber,
              rf.path AS rightFile, rfr.frameIndex AS rightFrame, rp.pageNumber AS rightNumber
            FROM opening o
            LEFT JOIN page lp ON o.leftPageId = lp.id LEFT JOIN frame lfr ON lp.frameId = lfr.id
            LEFT JOIN scanFile lf ON lfr.scanFileId = lf.id
            LEFT JOIN page rp ON o.rightPageId = rp.id LEFT JOIN frame rfr ON rp.frameId = rfr.id
            LEFT JOIN scanFile rf ON rfr.scanFileId = rf.id
            WHERE o.bookId = ? ORDER BY o.sequence
            """
        for (book, expected) in truth.books {
            let rows = try database.read { try Row.fetchAll($0, sql: sql, arguments: [book]) }
            #expect(rows.count == expected.openings.count, "openings of \(book)")
            for (row, opening) in zip(rows, expected.openings) {
                #expect(Truth.Place(file: row["leftFile"] ?? "", frame: row["leftFrame"] ?? -1) == opening.left, "\(book) left of \(opening.pageNumbers)")
                #expect(Truth.Place(file: row["rightFile"] ?? "", frame: row["rightFrame"] ?? -1) == opening.right, "\(book) right of \(opening.pageNumbers)")
                for (read, printed) in [(row["leftNumber"] as Int?, opening.pageNumbers[0]), (row["rightNumber"] as Int?, opening.pageNumbers[1])] {
                    if let read { #expect(read == printed, "\(book): read page \(read), printed \(printed)") }
                }
                #expect(row["problem"] as String? == nil)
            }
        }
        // Delivery images: about 100 kB per A4 page.
        let deliveries: [String] = try database.read { try String.fetchAll($0, sql: "SELECT deliveryPath FROM page") }
        let sizes = try deliveries.map { try FileManager.default.attributesOfItem(atPath: workspace.appendingPathComponent($0).path)[.size] as? Int ?? 0 }
        #expect(!sizes.isEmpty)
        #expect(sizes.reduce(0, +) / max(1, sizes.count) <= 120_000)

        // Records: every written row is one, no blank row is one, and what is accepted is what is written.
        let records = try RecordTruth(workspace: workspace, truth: SampleBatch.root.appendingPathComponent("samples/truth.json"))
        #expect(records.missing.isEmpty, "records not found: \(records.missing)")
        #expect(records.extra.isEmpty, "rows taken for records that the truth does not have: \(records.extra)")
        #expect(records.accepted >= 200, "accepted fields: \(records.accepted)")
        #expect(records.acceptedWrong.count * 200 <= records.accepted, "accepted but wrong: \(records.acceptedWrong)")
        #expect(records.damagedAccepted.count * 20 <= records.damaged, "damaged cells accepted: \(records.damagedAccepted)")
    }
}
