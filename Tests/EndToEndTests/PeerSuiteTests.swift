import Foundation
import GRDB
import SohoaCore
import SohoaStore
import Testing

/// Other projects' images made to break readers (libpng's PngSuite and test images, committed under
/// `Tests/Fixtures/peer-suites`) and sohoa's own degenerate images (`scripts/make-degenerate-images`), run as books of
/// one batch: every file is read or refused by name, the run ends with 0 or 2, and a second run agrees. Before
/// `not-a-page`, 66 of them (1×1, 2×1, 256×1 …) killed every run inside Tesseract.
@Suite struct PeerSuiteTests {
    static let fixtures = SampleBatch.root.appendingPathComponent("Tests/Fixtures")
    static let bookYAML = """
        pipeline: ks-ledger
        noiDangKy: "UBND xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa"
        quyenSo: "01/2008"
        namMoSo: 2008

        """

    /// A batch with one book per fixture folder; returns it with every scan's book-relative name.
    static func batch() throws -> (URL, [String: Set<String>]) {
        let batch = SampleBatch.temporaryFolder("peer-batch")
        var books: [String: Set<String>] = [:]
        let folders = [
            "peer-suites/libpng/pngsuite", "peer-suites/libpng/pngsuite/interlaced", "peer-suites/libpng/testpngs",
            "peer-suites/libpng/testpngs/badpal", "peer-suites/libpng/testpngs/crashers", "peer-suites/libpng/testpngs/png-3",
            "degenerate",
        ]
        for folder in folders {
            let source = fixtures.appendingPathComponent(folder)
            let id = folder.replacingOccurrences(of: "peer-suites/libpng/", with: "").replacingOccurrences(of: "/", with: "-")
            let book = batch.appendingPathComponent(id)
            try FileManager.default.createDirectory(at: book, withIntermediateDirectories: true)
            try bookYAML.write(to: book.appendingPathComponent("book.yaml"), atomically: true, encoding: .utf8)
            for name in try FileManager.default.contentsOfDirectory(atPath: source.path)
            where name.hasSuffix(".png") || name.hasSuffix(".tif") {
                try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: book.appendingPathComponent(name))
                books[id, default: []].insert(name)
            }
        }
        return (batch, books)
    }

    /// Every scan file the workspace knows: its status and rejection, by book and path.
    static func files(in workspace: URL) throws -> [String: (status: String, rejection: String?)] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: workspace.appendingPathComponent("sohoa.sqlite").path, configuration: configuration)
        return try queue.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT bookId, path, status, rejection FROM scanFile")
            return Dictionary(uniqueKeysWithValues: rows.map { row in
                ("\(row["bookId"] as String)/\(row["path"] as String)", (status: row["status"] as String, rejection: row["rejection"] as String?))
            })
        }
    }

    @Test func everyFileIsReadOrRefusedByNameAndASecondRunAgrees() throws {
        let (batch, books) = try Self.batch()
        let workspace = SampleBatch.temporaryFolder("ws-peer")
        defer { [batch, workspace].forEach { try? FileManager.default.removeItem(at: $0) } }

        let first = try ChildProcess.run(["run", batch.path, "--workspace", workspace.path])
        #expect([0, 2].contains(first.ending.exitCode), "\(first.errors.suffix(2000))")
        let files = try Self.files(in: workspace)
        let vocabulary = Set(InputRejection.allCases.map(\.rawValue))
        for (book, names) in books {
            for name in names {
                let file = files["\(book)/\(name)"]
                #expect(file?.status == "ingested" || (file?.status == "rejected" && vocabulary.contains(file?.rejection ?? "")),
                        "\(book)/\(name): \(String(describing: file))")
            }
        }
        // What used to crash Tesseract, and what made libpng take a gigabyte.
        for name in ["testpngs/gray-8.png", "testpngs/gray-1.png", "testpngs/palette-8-tRNS.png",
                     "testpngs-badpal/small-palette-1.png", "testpngs-crashers/empty_ancillary_chunks.png"] {
            #expect(files[name]?.rejection == "not-a-page", "\(name)")
        }
        // 57 bytes that end with their end chunk, one chunk declaring 2 GB: damaged, not cut short.
        #expect(files["testpngs-crashers/huge_tEXt_chunk.png"]?.rejection == "corrupt")

        let truth = try JSONDecoder().decode(
            [String: String].self, from: Data(contentsOf: Self.fixtures.appendingPathComponent("degenerate/truth.json")))
        for (name, outcome) in truth {
            let file = files["degenerate/\(name)"]
            #expect((outcome == "ingested" ? file?.status : file?.rejection) == outcome, "degenerate/\(name)")
        }
        let report = try StatusJSON.read(workspace: workspace)
        #expect(report.interrupted.isEmpty)

        let second = try ChildProcess.run(["run", batch.path, "--workspace", workspace.path])
        #expect(second.ending.exitCode == first.ending.exitCode)
        #expect(StatusJSON.comparable(try StatusJSON.read(workspace: workspace)) == StatusJSON.comparable(report))
    }
}
