import SohoaCore
import Testing

@Suite struct PipelineValidationTests {
    let name = PipelineColumn(header: "Họ tên", fields: ["nksHoTen"], type: .name)

    @Test func twoLineColumnNeedsTwoFields() {
        let pipeline = Pipeline(
            name: "x", registerType: .birth, templateVersion: "ks-70", left: [name],
            right: [PipelineColumn(header: "Người đi khai", fields: ["nycHoTen"], type: .nameRelation)])
        #expect(throws: PipelineError(file: "x.yaml", key: "right[0].fields", message: "a name-relation column fills 2 export column(s), found 1")) {
            try pipeline.validate(file: "x.yaml")
        }
    }

    @Test func aFieldFilledTwiceIsRefused() {
        let pipeline = Pipeline(name: "x", registerType: .birth, templateVersion: "ks-70", left: [name], right: [name])
        #expect(throws: PipelineError(file: "x.yaml", key: "right[0].fields", message: "nksHoTen is filled by two columns")) {
            try pipeline.validate(file: "x.yaml")
        }
    }

    @Test func quyenSoFormat() {
        #expect(BookConfigurationRules.quyenSoProblem("01/2008") == nil)
        #expect(BookConfigurationRules.quyenSoProblem("1/2008") == nil)
        for bad in ["01-2008", "01/08", "/2008", "a1/2008", "01/2008/1", "０１/2008"] {
            #expect(BookConfigurationRules.quyenSoProblem(bad) != nil, "\(bad)")
        }
    }
}
