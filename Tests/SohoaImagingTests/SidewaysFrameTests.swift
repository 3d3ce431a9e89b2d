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
        let result = try FrameAnalyzer().analyze(try pageFixture("upside-down-bleed.png"), dpi: 200)
        #expect(result.analysis.kind == .page)
        #expect(!result.analysis.quarterTurn)
        #expect(result.analysis.upsideDown)
    }
}

/// A keystoned photograph of a spread, whose pages lean each their own way, can seem to lie sideways: two grids with
/// the band between them say it is an upright spread, when the turned reading has nothing to say which way up.
@Suite struct KeystonedSpreadTests {
    @Test func aKeystonedSpreadIsReadAsAnUprightSpread() throws {
        let gray = try pageFixture("keystoned-spread.png")
        let result = try FrameAnalyzer().analyze(gray, dpi: 150)
        try expectUprightSpread(
            result, height: gray.height, leftGridEnds: [(1082, 254), (1150, 1684)], rightGridStarts: [(1278, 253), (1347, 1670)])
        // Leaning, its pages' headers did not say which way up; levelled and squared, the right page's does (the
        // left page's grid runs into the edge of the photograph, and its dashed rulings are too broken: it stays in
        // doubt).
        #expect(result.analysis.orientationConfidence < FrameAnalyzer.confidentOrientation)
        var pages: [(evidence: Double, squared: Double)] = []
        try PagePreparer().forEachPage(of: gray, dpi: 150, bilevelSource: false, analysis: result) { page in
            pages.append((try PreparedOrientation.evidence(of: page.image, dpi: 150), page.squaredMillimetres))
        }
        #expect(pages.count == 2)
        #expect(pages.last.map { $0.evidence <= -FrameAnalyzer.confidentOrientation } == true, "\(pages)")
        #expect(pages.last.map { $0.squared >= PagePreparer.squaringThreshold } == true, "\(pages)")
    }
}

/// A photograph whose two pages lie at different heights and leans (the book held open at an angle): its rows do not
/// line up across the frame, and turned a quarter it reads as one page whose narrow first column passes for a header
/// band, confidently. Each page levelled by its own lean has more of its words run across it than down (its faint
/// rulings tell nothing at the analysis resolution): it is an upright spread.
@Suite struct SteeplyKeystonedSpreadTests {
    @Test func aSpreadWhosePagesLieAtDifferentHeightsIsReadAsAnUprightSpread() throws {
        let gray = try pageFixture("keystoned-spread-steep.png")
        let result = try FrameAnalyzer().analyze(gray, dpi: 200)
        try expectUprightSpread(
            result, height: gray.height, leftGridEnds: [(2047, 387), (1915, 2240)], rightGridStarts: [(2306, 411), (2172, 2243)])
        var pages = 0
        try PagePreparer().forEachPage(of: gray, dpi: 200, bilevelSource: false, analysis: result) { page in
            pages += 1
            #expect(page.image.height > page.image.width)
        }
        #expect(pages == 2)
    }
}

/// A photographed spread whose paper fills the right two thirds of the frame, its right page the smaller (the camera
/// nearer the left): the fold stands at two thirds of the frame and the right grid spans less than a quarter of it.
/// Pages and fold are measured on the paper, not the frame: it is a spread, cut between its grids (it was read as one
/// page, and its seven records were asked about as rows of it).
@Suite struct OffCentreSpreadTests {
    @Test func aSpreadOffCentreInItsPhotographIsCutAtItsFold() throws {
        let gray = try pageFixture("spread-off-centre.png")
        let result = try FrameAnalyzer().analyze(gray, dpi: 100)
        try expectUprightSpread(
            result, height: gray.height, leftGridEnds: [(1455, 189), (1464, 1094)], rightGridStarts: [(1581, 190), (1587, 1086)])
    }
}

/// Expects `result` to read a frame `height` pixels tall as an upright spread cut between its two grids: the left
/// grid's right edge runs through `leftGridEnds`, the right grid's left edge through `rightGridStarts` (points from
/// the generator's truth, top then bottom).
private func expectUprightSpread(
    _ result: FrameAnalyzer.Result, height: Int, leftGridEnds: [(x: Double, y: Double)],
    rightGridStarts: [(x: Double, y: Double)]
) throws {
    #expect(result.analysis.kind == .spread)
    #expect(!result.analysis.quarterTurn)
    let gutter = try #require(result.analysis.gutter)
    func cut(at y: Double) -> Double { gutter.xTop + (gutter.xBottom - gutter.xTop) * y / Double(height) }
    #expect(leftGridEnds.allSatisfy { cut(at: $0.y) > $0.x } && rightGridStarts.allSatisfy { cut(at: $0.y) < $0.x }, "\(gutter)")
}

/// A frame kept in `Tests/Fixtures/pages` (its README says what each shows), as 8-bit gray.
private func pageFixture(_ name: String) throws -> LeptonicaImage {
    let url = SampleFiles.repository.appendingPathComponent("Tests/Fixtures/pages/\(name)")
    return try ScanDecoder.decode(path: url.path, frame: 0).gray8()
}
