import Foundation
@testable import SohoaPipeline
import SohoaStore
import Testing

/// A frame is turned as a whole: when its prepared pages together clearly stand upside down, the turn was wrong for
/// every page of the frame, and none is trusted; pages that only weakly say so, or whose facing page clearly stands
/// upright, leave the frame as it was.
@Suite struct PreparedStandingTests {
    static func pages(_ reasons: [[String]]) -> [PreparedPageEntry] {
        reasons.map {
            PreparedPageEntry(
                side: "left", pageNumber: nil, pageNumberConfidence: nil, masterPath: "m", deliveryPath: "d",
                preparation: Data(), reasons: $0)
        }
    }

    @Test func pagesClearlyUpsideDownDoubtTheWholeFrame() {
        var spread = Self.pages([["page-number-unread"], []])
        PrepareStage.checkStanding(&spread, evidence: [1.0, 0.1])
        #expect(spread.map(\.reasons) == [["page-number-unread", "orientation-uncertain"], ["orientation-uncertain"]])
        var doubted = Self.pages([["orientation-uncertain"], []])
        PrepareStage.checkStanding(&doubted, evidence: [0.1, 0.6])
        #expect(doubted.map(\.reasons) == [["orientation-uncertain"], ["orientation-uncertain"]], "named once")
    }

    @Test func pagesThatStandUprightOrBarelyTellAreLeftAlone() {
        var spread = Self.pages([[], []])
        PrepareStage.checkStanding(&spread, evidence: [-1.0, 0.1])
        #expect(spread.map(\.reasons) == [[], []])
        // A torn corner made one page look upside down; its facing page is clearly upright (a tuning book's).
        PrepareStage.checkStanding(&spread, evidence: [-1.0, 0.86])
        #expect(spread.map(\.reasons) == [[], []])
        var page = Self.pages([[]])
        PrepareStage.checkStanding(&page, evidence: [0.2])
        #expect(page.map(\.reasons) == [[]])
    }
}
