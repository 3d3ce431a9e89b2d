@testable import SohoaImaging
import Testing

/// Which way up a page is, from its ruled bands: a photographed page whose faint row rulings are lost shows only its
/// header's lines and the grid's bottom, two bands.
@Suite struct HeaderBandTests {
    /// A bilevel page 800 pixels wide (100 dpi) with horizontal rulings at `rows`.
    static func rulings(at rows: [Int]) throws -> RuledStructure {
        let page = try LeptonicaImage.mask(
            width: 800, height: 1100, regions: rows.map { PixelRect(x: 50, y: $0, width: 700, height: 2) })
        return try RuledStructure(binary: page, minimumLength: 100, mergeDistance: 20)
    }

    @Test func aHeaderOverTheBodyIsUprightEvenWithTheRowRulingsLost() throws {
        #expect(HeaderBand.evidence(try Self.rulings(at: [60, 120, 1060])) <= -0.9)
    }

    @Test func aShortBandUnderTheBodyTurnsThePageButLeavesItInDoubt() throws {
        let evidence = HeaderBand.evidence(try Self.rulings(at: [60, 1000, 1060]))
        #expect(evidence > 0 && evidence < FrameAnalyzer.confidentOrientation)
    }

    @Test func rowsTellWithTheirHeaderEitherWay() throws {
        #expect(HeaderBand.evidence(try Self.rulings(at: [60, 120, 360, 600, 840])) <= -0.9)
        #expect(HeaderBand.evidence(try Self.rulings(at: [60, 300, 540, 780, 840])) >= 0.9)
    }
}
