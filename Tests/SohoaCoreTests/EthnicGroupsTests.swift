import Foundation
import SohoaCore
import Testing

@Suite struct EthnicGroupsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    let lexicon: EthnicGroups

    init() throws {
        lexicon = try EthnicGroups(tsv: String(contentsOf: Self.root.appendingPathComponent("domain/ethnic-groups.tsv"), encoding: .utf8))
    }

    @Test func theGroupsAndTheirSpellings() {
        #expect(lexicon.groups.count == 55)  // the 54 groups, and 55 "Người nước ngoài" (foreigner)
        #expect(lexicon.group(named: "Người nước ngoài")?.code == "55")
        #expect(lexicon.group(named: "Việt")?.name == "Kinh")
        #expect(lexicon.group(named: "kinh")?.code == "01")
        #expect(lexicon.group(named: "Khơ Me")?.name == "Khơ-me")
        #expect(lexicon.group(named: "Khơ-me")?.name == "Khơ-me")
        #expect(lexicon.group(named: "H'Mông")?.name == "Mông")
        #expect(lexicon.group(named: "Mu\u{31B}\u{300}o\u{31B}\u{300}ng")?.name == nil)  // "Mừờng" is no group
        #expect(lexicon.group(named: "Mươ\u{300}ng")?.name == "Mường")  // decomposed marks are the same name
        #expect(lexicon.group(named: "Kinhh") == nil)
    }

    /// Every ethnic name the sample generator wrote maps to the value its truth gives.
    @Test func everyEthnicNameOfTheSampleTruth() throws {
        let truth = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.root.appendingPathComponent("samples/truth.json"))) as? [String: Any]
        var checked = 0
        for book in (truth?["books"] as? [String: [String: Any]] ?? [:]).values {
            for record in book["records"] as? [[String: Any]] ?? [] {
                for (name, field) in record["fields"] as? [String: [String: Any]] ?? [:] where name.hasSuffix("DanToc") {
                    guard let text = field["text"] as? String, !text.isEmpty else { continue }
                    #expect(lexicon.group(named: text)?.name == field["value"] as? String, "\(text)")
                    checked += 1
                }
            }
        }
        #expect(checked > 30)
    }

    @Test func aBrokenLineIsNamed() {
        #expect(throws: LexiconError(file: "ethnic-groups.tsv", line: 3, message: "expected code, name and variants")) {
            try EthnicGroups(tsv: "code\tname\tvariants\n01\tKinh\tViệt\n02\n")
        }
    }
}
