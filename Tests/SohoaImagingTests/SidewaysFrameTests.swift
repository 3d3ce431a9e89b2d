import Foundation
import SohoaImaging
import Testing

/// A frame scanned sideways (turned a quarter either way) is turned back, and its pages come out upright.
/// Flatbed spreads and single pages; a photographed spread lying sideways is not yet recognised (its two pages
/// lean differently, so its rows do not line up across the frame).
@Suite struct SidewaysFrameTests {
    static let cases = FrameAnalyzerTests.cases.flatMap { [($0, 1), ($0, 3)] }

    @Test(arguments: cases)
    func aSidewaysFrameIsTurnedBackAndItsPagesAreUpright(_ test: FrameAnalyzerTests.Case, quarters: Int) throws {
        let truth = test.sample.frames[test.frame]
        var gray = try ScanDecoder.decode(path: test.sample.url.path, frame: test.frame).gray8()
        for _ in 0..<quarters { gray = try gray.turnedQuarterClockwise() }
        let result = try FrameAnalyzer().analyze(gray, dpi: truth.trueDpi)
        #expect(result.analysis.quarterTurn)
        #expect(result.analysis.kind.rawValue == truth.kind)
        // One more quarter clockwise makes 2 or 4 quarters: upside down or upright, on top of the scan's own turn.
        #expect(result.analysis.upsideDown == ((quarters == 1) != (truth.rotation == 180)))
        var pages = 0
        try PagePreparer().forEachPage(of: gray, dpi: truth.trueDpi, bilevelSource: false, analysis: result) { page in
            pages += 1
            #expect(page.image.height > page.image.width)
            let again = try FrameAnalyzer().analyze(page.image, dpi: truth.trueDpi)
            #expect(!again.analysis.quarterTurn && !again.analysis.upsideDown)
        }
        #expect(pages == truth.pages.count)
    }
}

/// A ledger page is portrait: a portrait frame whose rows seem to run down the page (a page upside down under
/// bleed-through and a seal) is turned 180°, never a quarter into a landscape page.
@Suite struct UpsideDownPageTests {
    @Test func anUpsideDownPageUnderBleedThroughIsTurnedHalfNotAQuarter() throws {
        let url = SampleFiles.repository.appendingPathComponent("Tests/Fixtures/pages/upside-down-bleed.png")
        let gray = try ScanDecoder.decode(path: url.path, frame: 0).gray8()
        let result = try FrameAnalyzer().analyze(gray, dpi: 200)
        #expect(result.analysis.kind == .page)
        #expect(!result.analysis.quarterTurn)
        #expect(result.analysis.upsideDown)
    }
}
