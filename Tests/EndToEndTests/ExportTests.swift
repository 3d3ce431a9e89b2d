import Crypto
import Foundation
import SohoaCore
import SohoaExport
import SohoaTestSupport
import Testing
import ZIPFoundation

/// `sohoa export` on the sample batch, checked with the tools the Ministry's side would use: LibreOffice opens the
/// sheet, qpdf checks the PDFs, the shipped JSON Schema checks records.jsonl.
@Suite(.serialized) struct ExportTests {
    static let book = "ks-thachthanh-2008-01"
    static let corrected = "Nguyễn Thị Ánh Tuyết"
    static let decisions = [
        SampleDelivery.Decision(field: "nksHoTen", record: 1, status: "corrected", value: corrected),
        SampleDelivery.Decision(field: "nksNoiSinh", record: 2, status: "illegible", value: "Bệnh viện ?"),
    ]

    @Test func aResolvedBookIsDeliveredAndOpensInLibreOfficeQpdfAndTheSchema() throws {
        let workspace = try SampleDelivery.workspaceCopy()
        let out = SampleBatch.temporaryFolder("out").appendingPathComponent("delivery")
        defer { [workspace, out.deletingLastPathComponent()].forEach { try? FileManager.default.removeItem(at: $0) } }

        let nothing = try ChildProcess.run(["export", "--workspace", workspace.path, "--out", out.path])
        #expect(nothing.ending.exitCode == 0, "\(nothing.errors)")
        #expect(nothing.output.contains("wait for review"))
        #expect(!FileManager.default.fileExists(atPath: out.path), "no book ready, nothing written")

        // The last row dismissed by a reviewer as not a record: left out, and counted in the manifest.
        try SampleDelivery.resolve(book: Self.book, in: workspace, decisions: Self.decisions, notRecords: [19])
        let export = try ChildProcess.run(["export", "--workspace", workspace.path, "--out", out.path])
        #expect(export.ending.exitCode == 0, "\(export.errors)")
        #expect(export.output.contains("1 row(s) dismissed as not a record left out"), "\(export.output)")
        #expect(try Set(FileManager.default.contentsOfDirectory(atPath: out.path)) == ["manifest.json", Self.book])
        let folder = out.appendingPathComponent(Self.book)

        // records.jsonl: valid against the shipped schema, every pipeline column of every record, the decisions kept.
        let validation = try ToolRun(SampleBatch.root.appendingPathComponent("scripts/validate-records").path, [out.path])
        #expect(validation.status == 0, "\(validation.output)")
        let lines = try String(contentsOf: folder.appendingPathComponent("records.jsonl"), encoding: .utf8)
            .split(separator: "\n").map { try JSONDecoder().decode(Line.self, from: Data($0.utf8)) }
        #expect(lines.count == 18)
        let columns = ["so", "ngayDangKy", "nksHoTen", "nksGioiTinh", "nksNgaySinh", "nksNoiSinh", "nksDanToc", "nksQuocTich",
                       "nksQueQuan", "meHoTen", "meNgaySinh", "meDanToc", "meNoiCuTru", "chaHoTen", "chaNgaySinh", "chaDanToc",
                       "chaNoiCuTru", "nycHoTen", "nycQuanHe", "ghiChu"]
        #expect(lines.allSatisfy { Set($0.fields.keys) == Set(columns) })
        #expect(lines.allSatisfy { $0.status != "review" && $0.fields.values.allSatisfy { $0.status != "review" } })
        #expect(lines[0].fields["nksHoTen"]?.value == Self.corrected)
        #expect(lines[0].fields["nksHoTen"]?.status == "corrected")
        #expect(lines[1].fields["nksNoiSinh"]?.value == "", "an illegible field is exported blank")
        #expect(lines[1].fields["ghiChu"]?.value.contains("Không đọc được: nksNoiSinh") == true)
        for line in lines {
            for source in line.source {
                #expect(FileManager.default.fileExists(atPath: SampleBatch.batch.appendingPathComponent("\(Self.book)/\(source.file)").path))
            }
        }

        // The sheet, as LibreOffice reads it: the template's header row exactly, then the records' values unchanged.
        let sheet = try SampleDelivery.sheetByLibreOffice(folder.appendingPathComponent("\(Self.book).xlsx"))
        let template = try ImportTemplates.load(from: SampleBatch.root.appendingPathComponent("domain")).template("ks-70")
        #expect(sheet.first == template.columns)
        #expect(sheet.count == lines.count + 1)
        for (index, (row, line)) in zip(sheet.dropFirst(), lines).enumerated() {
            let cells = Dictionary(uniqueKeysWithValues: zip(template.columns, row + Array(repeating: "", count: max(0, template.columns.count - row.count))))
            #expect(cells["STT"] == String(index + 1))
            #expect(cells["quyenSo"] == "01/2008", "text stays text, not a date")
            #expect(cells["noiDangKy"] == "UBND xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa")
            #expect(cells["trangSo"]?.isEmpty == false)
            for column in columns {
                #expect(cells[column] == line.fields[column]?.value, "record \(index + 1), \(column)")
            }
            let birth = line.fields["nksNgaySinh"].flatMap { CalendarDate(exported: $0.value) }
            #expect(cells["nksNgaySinhBangChu"] == birth.map(DateInWords.words) ?? "", "record \(index + 1)")
        }

        // The PDFs: one per record, each valid for qpdf, about 100 kB per A4 page.
        let pdfs = SampleBatch.temporaryFolder("pdfs")
        defer { try? FileManager.default.removeItem(at: pdfs) }
        try FileManager.default.unzipItem(at: folder.appendingPathComponent("\(Self.book).zip"), to: pdfs)
        let names = try FileManager.default.contentsOfDirectory(atPath: pdfs.path).sorted()
        #expect(names.count == lines.count)
        #expect(names.allSatisfy { $0.hasPrefix("\(Self.book)_trang") && $0.hasSuffix(".pdf") })
        var pages = 0
        var bytes = 0
        for name in names {
            let file = pdfs.appendingPathComponent(name)
            let check = try ToolRun("qpdf", ["--check", file.path])
            #expect(check.status == 0, "\(name): \(check.output)")
            pages += Int(try ToolRun("qpdf", ["--show-npages", file.path]).output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
            bytes += try Data(contentsOf: file).count
        }
        #expect(pages == 2 * names.count, "each record stands on both pages of its opening")
        #expect(pages > 0 && bytes / pages <= 120_000, "\(bytes / max(pages, 1)) bytes per page")

        // The manifest names every file with its size and digest.
        let manifest = try JSONDecoder().decode(Manifest.self, from: Data(contentsOf: out.appendingPathComponent("manifest.json")))
        let written = ["\(Self.book).xlsx", "\(Self.book).zip", "records.jsonl"].map { "\(Self.book)/\($0)" }
        #expect(manifest.files.map(\.path) == written.sorted())
        #expect(manifest.books.map(\.notRecords) == [1] && manifest.books.map(\.records) == [18])
        for file in manifest.files {
            let data = try Data(contentsOf: out.appendingPathComponent(file.path))
            #expect(data.count == file.size, "\(file.path)")
            #expect(SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined() == file.sha256, "\(file.path)")
        }
    }

    @Test func exportingTheSameStoreTwiceGivesTheSameBytes() throws {
        let workspace = try SampleDelivery.workspaceCopy()
        let parent = SampleBatch.temporaryFolder("twice")
        defer { [workspace, parent].forEach { try? FileManager.default.removeItem(at: $0) } }
        let (first, second) = (parent.appendingPathComponent("first"), parent.appendingPathComponent("second"))
        for out in [first, second, first] {
            let run = try ChildProcess.run(["export", "--workspace", workspace.path, "--out", out.path, "--include-pending"])
            #expect(run.ending.exitCode == 0, "\(run.errors)")
        }
        let tree = try SampleDelivery.tree(first)
        #expect(tree.count == 10, "three books of three files, and the manifest")
        #expect(try SampleDelivery.tree(second) == tree)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["first", "second"])
    }

    /// Exports killed at moments spread over an export's life: each leaves the previous delivery or the new one.
    @Test func aKilledExportLeavesThePreviousDeliveryOrTheNewOneNeverAMix() throws {
        let (before, after) = (try SampleDelivery.workspaceCopy(), try SampleDelivery.workspaceCopy())
        let parent = SampleBatch.temporaryFolder("killed")
        defer { [before, after, parent].forEach { try? FileManager.default.removeItem(at: $0) } }
        try SampleDelivery.resolve(book: Self.book, in: after, decisions: Self.decisions)
        let out = parent.appendingPathComponent("delivery")
        let reference = parent.appendingPathComponent("reference")
        func export(_ workspace: URL, to folder: URL) throws {
            let run = try ChildProcess.run(["export", "--workspace", workspace.path, "--out", folder.path, "--include-pending"])
            #expect(run.ending.exitCode == 0, "\(run.errors)")
        }
        try export(before, to: out)
        let previous = try SampleDelivery.tree(out)
        try export(after, to: reference)
        let next = try SampleDelivery.tree(reference)
        #expect(previous != next)

        var interrupted = 0
        for delay in stride(from: 0.0, through: 1.2, by: 0.08) {
            let child = try ChildProcess(["export", "--workspace", after.path, "--out", out.path, "--include-pending"])
            Thread.sleep(forTimeInterval: delay)
            child.kill()
            let killed = child.wait().exitCode == 128 + SIGKILL
            let now = try SampleDelivery.tree(out)
            #expect(now == previous || now == next, "after \(delay) s: a mix of two deliveries")
            if killed && now == previous { interrupted += 1 }
            if now == next { try export(before, to: out) }
        }
        #expect(interrupted >= 3, "too few kills landed during an export to prove anything")
        // The next export clears what killed ones left behind.
        try export(after, to: out)
        #expect(try SampleDelivery.tree(out) == next)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["delivery", "reference"])
    }

    @Test func aNamedBookThatIsNotReadyIsRefusedWithItsReason() throws {
        let out = SampleBatch.temporaryFolder("refused")
        defer { try? FileManager.default.removeItem(at: out) }
        let run = try ChildProcess.run([
            "export", "--workspace", try SampleDelivery.workspace.get().path, "--out", out.path, "--book", Self.book,
        ])
        #expect(run.ending.exitCode == 2)
        #expect(run.output.contains("\(Self.book): not exported — "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    private struct Line: Decodable {
        struct Source: Decodable { var file: String }
        struct Field: Decodable {
            var value: String
            var status: String
        }
        var status: String
        var source: [Source]
        var fields: [String: Field]
    }

    private struct Manifest: Decodable {
        struct Book: Decodable {
            var records: Int
            var notRecords: Int
        }
        struct File: Decodable {
            var path: String
            var size: Int
            var sha256: String
        }
        var books: [Book]
        var files: [File]
    }
}
