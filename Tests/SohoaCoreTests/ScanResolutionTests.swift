import SohoaCore
import Testing

@Suite struct ScanResolutionTests {
    /// An A3 spread at 300 dpi is 4961 × 3508 pixels; an A4 page at 200 dpi 1654 × 2339.
    @Test func plausibleTagIsKept() {
        #expect(ScanResolution.resolve(taggedDPI: 300, width: 4961, height: 3508) == ScanResolution(dpi: 300, isEstimated: false))
        #expect(ScanResolution.resolve(taggedDPI: 200, width: 1654, height: 2339) == ScanResolution(dpi: 200, isEstimated: false))
    }

    @Test(arguments: [nil, 1, 72, 5000])
    func missingOrAbsurdTagIsEstimatedFromPaperSize(tag: Int?) {
        let spread = ScanResolution.resolve(taggedDPI: tag, width: 4961, height: 3508)
        #expect(spread.isEstimated)
        #expect(abs(spread.dpi - 300) <= 3)
        let page = ScanResolution.resolve(taggedDPI: tag, width: 1654, height: 2339)
        #expect(page.isEstimated)
        #expect(abs(page.dpi - 200) <= 2)
    }

    /// A tag twice the true resolution makes an A4 page half its size (a tuning set's 150 dpi pages tagged 300, whose
    /// faint rulings the analysis then looked for at an effective 50 dpi): it is not believed. A page lying sideways,
    /// measured against a spread's width and cropped to its grid, still is.
    @Test func aTagThatHalvesThePaperIsNotBelieved() {
        let page = ScanResolution.resolve(taggedDPI: 300, width: 1289, height: 1815)
        #expect(page.isEstimated)
        #expect(abs(page.dpi - 155) <= 2)
        #expect(ScanResolution.resolve(taggedDPI: 200, width: 2104, height: 1490) == ScanResolution(dpi: 200, isEstimated: false),
                "an A4 page lying sideways, cropped to 90% of its height")
    }

    @Test func pixelLimitSaturatesInsteadOfOverflowing() {
        #expect(PixelLimit.pixels(width: Int.max / 2, height: 4) == Int.max)
        #expect(!PixelLimit.default.allows(width: 1 << 32, height: 1 << 32))
        #expect(!PixelLimit.default.allows(width: 20_000, height: 20_000))
        #expect(PixelLimit.default.allows(width: 9_921, height: 7_016))  // A3 at 600 dpi
        #expect(!PixelLimit.default.allows(width: 0, height: 100))
    }
}
