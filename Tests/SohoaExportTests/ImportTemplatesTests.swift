import Foundation
import SohoaCore
import SohoaExport
import SohoaPipeline
import Testing

/// The shipped header lists: every template version of templates.md, and every shipped pipeline fits its own.
@Suite struct ImportTemplatesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let templates = Result { try ImportTemplates.load(from: root.appendingPathComponent("domain")) }

    @Test(arguments: [("ks-70", 70), ("ks-60", 60), ("kt-48", 48), ("kh-44", 44), ("cmc-50", 50), ("hn-35", 35)])
    func everyVersionHasItsColumns(version: String, count: Int) throws {
        let template = try Self.templates.get().template(version)
        #expect(template.columns.count == count)
        #expect(Set(template.columns).count == count)
    }

    @Test func theShortBirthTemplateLacksTheNumberingIdentityAndNationalityNameColumns() throws {
        let long = try Self.templates.get().template("ks-70").columns
        let short = try Self.templates.get().template("ks-60").columns
        let dropped = long.filter { !short.contains($0) }
        #expect(dropped.filter { $0 == "STT" || $0.contains("SoDinhDanh") }.count == 4)
        #expect(dropped.filter { $0.hasSuffix("Str") }.count == 6)
        #expect(short == long.filter { !dropped.contains($0) }, "the same order otherwise")
        #expect(Array(long.prefix(4)) == ["STT", "so", "quyenSo", "trangSo"])
    }

    @Test func everyShippedPipelineFitsItsTemplate() throws {
        let catalog = PipelineCatalog(folder: Self.root.appendingPathComponent("pipelines"))
        #expect(catalog.names.count >= 3)
        for name in catalog.names {
            let pipeline = try catalog.pipeline(named: name)
            let template = try Self.templates.get().template(pipeline.templateVersion)
            #expect(template.registerType == pipeline.registerType.rawValue, "\(name)")
            #expect(pipeline.exportColumns.allSatisfy(template.columns.contains), "\(name)")
        }
    }

    @Test func anUnknownVersionOrABrokenFileIsAConfigurationErrorNamingIt() throws {
        #expect { try Self.templates.get().template("ks-99") } throws: { error in
            (error as? ExportError)?.kind == .configuration && "\(error)".contains("ks-70")
        }
        #expect { try ImportTemplates(yaml: "ks-1: { registerType: KS, columns: [so, so] }", file: "t.yaml") } throws: { error in
            "\(error)".contains("t.yaml") && "\(error)".contains("twice")
        }
        #expect {
            try ImportTemplates(
                yaml: "ks-1: { registerType: KS, columns: [so], derived: { x: { from: so, rule: date-in-words } } }", file: "t.yaml")
        } throws: { error in "\(error)".contains("derives x") }
    }
}
