import SohoaCore
import Testing

@Suite struct LedgerPageSizeTests {
    static func refusal(_ width: Int, _ height: Int, tag: Int? = nil) -> String? {
        LedgerPageSize.refusal(
            width: width, height: height, taggedDPI: tag,
            resolution: ScanResolution.resolve(taggedDPI: tag, width: width, height: height))
    }

    /// Real scans at every resolution a contractor uses, tagged or not, wrongly tagged by a camera (72) or a
    /// driver that writes nothing: all can be ledger pages.
    @Test(arguments: [
        (4961, 3508, 300), (1654, 2339, 200), (827, 1169, 100), (2480, 3508, nil), (4000, 3000, 72), (9921, 7016, 600),
        (600, 848, 72), (3508, 2480, 1),
    ] as [(Int, Int, Int?)])
    func pagesAndSpreadsPass(width: Int, height: Int, tag: Int?) {
        #expect(Self.refusal(width, height, tag: tag) == nil)
    }

    @Test func tooFewPixelsIsNoPage() throws {
        for (width, height) in [(1, 1), (2, 1), (256, 1), (1, 256), (162, 20), (599, 848), (848, 599)] {
            let refusal = try #require(Self.refusal(width, height))
            #expect(refusal.contains("\(width)×\(height) pixels"))
            #expect(refusal.contains("600 pixels"))
        }
    }

    @Test func aStripIsNoPage() throws {
        let refusal = try #require(Self.refusal(700, 2200))
        #expect(refusal.contains("3.1 times longer than wide"))
        #expect(Self.refusal(7000, 2200) != nil)
        #expect(Self.refusal(700, 2100) == nil)
    }

    /// A credible tag says how big the paper is, even where the resolution is estimated for a page: a 300 dpi photograph
    /// of 85 × 59 mm is no A3 spread at 62 dpi. An absurd tag (6, 100,000) says nothing.
    @Test func aTagThatMakesItSmallerThanAnyPageIsNoPage() throws {
        let photo = try #require(Self.refusal(1000, 700, tag: 300))
        #expect(photo.contains("at 300 dpi (tagged) is 59 mm across"))
        #expect(Self.refusal(1240, 1754, tag: 100_000) == nil)
        #expect(Self.refusal(1240, 1754, tag: 6) == nil)
        #expect(Self.refusal(1240, 1754, tag: 2400) != nil)
    }
}
