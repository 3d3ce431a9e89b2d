import Foundation
import SohoaCore
import SohoaPipeline
import Testing

@Suite struct PipelineCatalogTests {
    let shipped = PipelineCatalog(folder: BookConfigurationReaderTests.pipelines)

    @Test func theThreeReferenceLedgersLoad() throws {
        #expect(shipped.names == ["kh-ledger", "ks-ledger", "kt-ledger"])
        let births = try shipped.pipeline(named: "ks-ledger")
        #expect(births.registerType == .birth)
        #expect(births.left.count == 9 && births.right.count == 10)
        #expect(births.exportColumns.first == "so" && births.exportColumns.contains("nycQuanHe"))
        let deaths = try shipped.pipeline(named: "kt-ledger")
        #expect(deaths.left.count == 8 && deaths.right.count == 6)
        #expect(deaths.exportColumns.contains("nktGioPhutChet"))
        let marriages = try shipped.pipeline(named: "kh-ledger")
        #expect(marriages.left.count == 7 && marriages.right.count == 6)
    }

    @Test func aBadPipelineFileNamesTheKey() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pipelines-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try """
            registerType: KS
            templateVersion: ks-70
            left:
              - { header: "Số", fields: [so], type: number }
              - { header: "Ngày", fields: [ngayDangKy], type: dat }
            right:
              - { header: "Ghi chú", fields: [ghiChu], type: text }
            """.write(to: folder.appendingPathComponent("bad.yaml"), atomically: false, encoding: .utf8)
        let catalog = PipelineCatalog(folder: folder)
        #expect {
            _ = try catalog.pipeline(named: "bad")
        } throws: { error in
            (error as? PipelineError)?.key == "left[1].type"
        }
        #expect {
            _ = try catalog.pipeline(named: "missing")
        } throws: { error in
            (error as? PipelineError)?.message.contains("no such pipeline (known: bad)") == true
        }
    }
}
