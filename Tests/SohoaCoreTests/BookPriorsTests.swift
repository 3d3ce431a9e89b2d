import SohoaCore
import Testing

/// What the book (or, before it says anything, the country) makes likely changes what a reviewer is offered first.
@Suite struct BookPriorsTests {
    let decoder = try? FieldDecoderTests()

    /// An ethnic group Tesseract could not read in a held-out face (`(4` for `Kinh`): among 54 groups the decoder
    /// ranks the two-letter ones first; a book that has accepted no ethnic group yet offers the majority group first.
    @Test func aBookThatHasNotSpokenOffersTheMajorityEthnicGroup() throws {
        let decoder = try #require(decoder)
        // The five the store keeps: the reading itself first (no group is likely), then the shortest groups.
        let candidates = Array(decoder.decode("nktDanToc", .ethnic, "(4", confidence: 0.2).prefix(5))
        #expect(candidates.first?.value == "(4" && !candidates.contains { $0.value == "Kinh" }, "\(candidates)")
        let lexicons = try RecordRouterTests.lexicons.get()
        let offered = BookPriors.rerank(candidates, counts: BookPriors.nationalEthnicGroups) { lexicons.isValid($0, as: .ethnic) }
        #expect(offered.first?.value == "Kinh", "\(offered.prefix(3))")
        #expect(!offered.contains { $0.value == "(4" })  // no group: not offered once the prior proposes some
    }

    /// A book's own accepted values outweigh a reading that hardly tells the groups apart.
    @Test func theBooksOwnValuesComeFirst() throws {
        let decoder = try #require(decoder)
        let lexicons = try RecordRouterTests.lexicons.get()
        let candidates = Array(decoder.decode("nktDanToc", .ethnic, "(4", confidence: 0.2).prefix(5))
        let offered = BookPriors.rerank(candidates, counts: ["Mông": 12, "Kinh": 1]) { lexicons.isValid($0, as: .ethnic) }
        #expect(offered.first?.value == "Mông", "\(offered.prefix(3))")
    }
}
