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

    /// Facing numbers n and n + 1, read where an upright spread prints them, say it stands upright (two tuning
    /// books' photographed spreads whose header bands did not tell); anything less leaves the doubt.
    @Test func facingPagesNumberedInOrderStandUpright() {
        func spread(_ numbers: (Int?, Int?), sides: (String, String) = ("left", "right")) -> [PreparedPageEntry] {
            var pages = Self.pages([["orientation-uncertain"], ["page-number-unread", "orientation-uncertain"]])
            (pages[0].pageNumber, pages[1].pageNumber) = numbers
            (pages[0].side, pages[1].side) = sides
            FacingNumbers.trustUpright(&pages)
            return pages
        }
        #expect(spread((28, 29)).map(\.reasons) == [[], ["page-number-unread"]])
        for doubted in [spread((28, nil)), spread((29, 28)), spread((28, 30)), spread((28, 29), sides: ("single", "single"))] {
            #expect(doubted.allSatisfy { $0.reasons.contains("orientation-uncertain") })
        }
        // Numbers in order, but the prepared pages' rulings clearly stand upside down: the doubt comes back.
        var turned = spread((28, 29))
        PrepareStage.checkStanding(&turned, evidence: [0.9, 0.8])
        #expect(turned.allSatisfy { $0.reasons.contains("orientation-uncertain") })
    }

    @Test func pageNumbersWeighWhichWayUpASpreadStands() {
        #expect(FacingNumbers.evidence([16, 17]) == 2)
        #expect(FacingNumbers.evidence([16, nil]) == 1 && FacingNumbers.evidence([nil, 17]) == 1)
        #expect(FacingNumbers.evidence([nil, nil]) == 0)
        #expect(FacingNumbers.evidence([17, 16]) == 0, "numbers that contradict each other say nothing")
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
