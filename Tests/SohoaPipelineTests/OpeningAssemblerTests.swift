@testable import SohoaPipeline
import SohoaStore
import Testing

/// Pages in reading order become openings: a spread's own two pages, single pages paired by their numbers or, where
/// a number is missing or misread, by order and the corner the number stands in, with the doubt named.
@Suite struct OpeningAssemblerTests {
    /// A single-page frame (one page per frame, ids counting from 1) on `side` with `number`.
    static func single(_ id: Int64, _ side: String, _ number: Int?) -> StoredPage {
        StoredPage(id: id, frameId: id, side: side, pageNumber: number)
    }

    @Test func spreadsAndSinglePagesNumberedInOrderPairWithoutAProblem() {
        let spread = [StoredPage(id: 1, frameId: 1, side: "left", pageNumber: nil),
                      StoredPage(id: 2, frameId: 1, side: "right", pageNumber: 31)]
        #expect(OpeningAssembler.openings(spread) == [OpeningEntry(leftPageId: 1, rightPageId: 2, problem: nil)])
        let singles = [Self.single(1, "left", 16), Self.single(2, "right", 17)]
        #expect(OpeningAssembler.openings(singles) == [OpeningEntry(leftPageId: 1, rightPageId: 2, problem: nil)])
    }

    @Test func anUnreadNumberPairsByOrderWithTheProblemNamed() {
        let openings = OpeningAssembler.openings([Self.single(1, "left", 16), Self.single(2, "single", nil)])
        #expect(openings == [OpeningEntry(leftPageId: 1, rightPageId: 2, problem: OpeningAssembler.unnumbered)])
    }

    /// A tuning book's last single page, numbered 25, read `2` in its right corner: it still faces page 24, in doubt.
    @Test func aMisreadNumberOnTheRightSideStillFacesTheLeftPage() throws {
        let openings = OpeningAssembler.openings([Self.single(1, "left", 24), Self.single(2, "right", 2)])
        #expect(openings.count == 1)
        let opening = try #require(openings.first)
        #expect(opening.leftPageId == 1 && opening.rightPageId == 2)
        #expect(opening.problem?.contains("pages 24 and 2 do not follow each other") == true)
        #expect(opening.problem != OpeningAssembler.unnumbered, "numbers that disagree are not for the forms to settle")
    }

    @Test func aPageWithoutItsPartnerStandsAloneWithTheProblemNamed() {
        // Two left pages in a row: the first has lost its right page.
        let openings = OpeningAssembler.openings([Self.single(1, "left", 24), Self.single(2, "left", 26), Self.single(3, "right", 27)])
        #expect(openings == [
            OpeningEntry(leftPageId: 1, rightPageId: nil, problem: "missing the right page (page 25)"),
            OpeningEntry(leftPageId: 2, rightPageId: 3, problem: nil),
        ])
        #expect(OpeningAssembler.openings([Self.single(1, "right", 17)])
            == [OpeningEntry(leftPageId: nil, rightPageId: 1, problem: "missing the left page (page 16)")])
    }
}
