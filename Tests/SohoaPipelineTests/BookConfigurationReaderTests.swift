import Foundation
import SohoaCore
import SohoaPipeline
import Testing

@Suite struct BookConfigurationReaderTests {
    static let pipelines = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("pipelines")
    let reader = BookConfigurationReader(catalog: PipelineCatalog(folder: pipelines), currentYear: 2026)

    func read(_ yaml: String?) -> Result<BookConfiguration, BookConfigurationError> {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("book-\(UUID())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        if let yaml { try? yaml.write(to: folder.appendingPathComponent("book.yaml"), atomically: false, encoding: .utf8) }
        return reader.read(book: "ks-thachthanh-2008-01", folder: folder)
    }

    @Test func aGoodFileIsReadAndNormalized() throws {
        // "Thạch" written with a combining dot below (NFD), as some editors save it.
        let decomposed = "UBND xã Ngọc Trạo, huyện Tha\u{0323}ch Thành"
        let configuration = try read("""
            pipeline: ks-ledger
            noiDangKy: "\(decomposed)"
            quyenSo: "01/2008"
            namMoSo: 2008
            """).get()
        #expect(configuration == BookConfiguration(pipeline: "ks-ledger", noiDangKy: "UBND xã Ngọc Trạo, huyện Thạch Thành", quyenSo: "01/2008", namMoSo: 2008))
        #expect(configuration.noiDangKy.unicodeScalars.elementsEqual("UBND xã Ngọc Trạo, huyện Thạch Thành".precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    static let faults: [(yaml: String?, key: String?, fragment: String)] = [
        (nil, nil, "missing"),
        ("pipeline: [ks-ledger", nil, "not valid YAML"),
        ("- a\n- b", nil, "expected keys"),
        ("pipeline: ks-ledgr\nnoiDangKy: x\nquyenSo: \"01/2008\"\nnamMoSo: 2008", "pipeline", "unknown pipeline \"ks-ledgr\""),
        ("noiDangKy: x\nquyenSo: \"01/2008\"\nnamMoSo: 2008", "pipeline", "is missing"),
        ("pipeline: ks-ledger\nnoiDangKy: x\nquyenSo: \"01-2008\"\nnamMoSo: 2008", "quyenSo", "01/2008"),
        ("pipeline: ks-ledger\nnoiDangKy: x\nquyenSo: \"01/2008\"\nnamMoSo: 5005", "namMoSo", "5005"),
        ("pipeline: ks-ledger\nnoiDangKy: x\nquyenSo: \"01/2008\"\nnamMoSo: 2008\nnamMoso: 2008", "namMoso", "unknown key"),
        ("pipeline: ks-ledger\nnoiDangKy: [a, b]\nquyenSo: \"01/2008\"\nnamMoSo: 2008", "noiDangKy", "single value"),
        ("pipeline: ks-ledger\nnoiDangKy: \"\"\nquyenSo: \"01/2008\"\nnamMoSo: 2008", "noiDangKy", "is missing"),
    ]

    @Test(arguments: faults)
    func eachFaultNamesTheBookAndTheKey(yaml: String?, key: String?, fragment: String) throws {
        guard case .failure(let error) = read(yaml) else {
            Issue.record("accepted: \(yaml ?? "(no file)")")
            return
        }
        #expect(error.book == "ks-thachthanh-2008-01")
        #expect(error.key == key)
        #expect(error.message.contains(fragment), "\(error)")
        #expect(error.description.hasPrefix("book ks-thachthanh-2008-01: book.yaml: "))
    }
}
