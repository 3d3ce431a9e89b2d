import Foundation
import SohoaImaging
import Testing

/// Cutting frames into pages: every page upright and level, its master lossless, its delivery small.
@Suite final class PagePreparerTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pages-\(UUID())")
    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
    deinit { try? FileManager.default.removeItem(at: folder) }

    @Test(arguments: FrameAnalyzerTests.cases)
    func pagesAreLevelUprightAndTheirMastersLossless(_ test: FrameAnalyzerTests.Case) throws {
        let truth = test.sample.frames[test.frame]
        let image = try ScanDecoder.decode(path: test.sample.url.path, frame: test.frame)
        let result = try FrameAnalyzer().analyze(try image.gray8(), dpi: truth.trueDpi)
        var sides: [PagePreparer.Side?] = []
        try PagePreparer().forEachPage(of: image, analysis: result) { page in
            sides.append(page.side)
            let master = folder.appendingPathComponent("\(UUID()).tif").path
            try page.image.writeMasterTIFF(to: master)
            let reread = try ScanDecoder.decode(path: master, frame: 0)
            let lossless = reread.hasSamePixels(as: page.image)
            #expect(lossless, "the master differs from the prepared page")
            let quality = try PageQuality.measure(page.image, dpi: truth.trueDpi)
            #expect(quality.residualSkewDegrees <= 0.3)
            // Upright: prepared again, the page needs no turn.
            let again = try FrameAnalyzer().analyze(page.image, dpi: truth.trueDpi)
            #expect(!again.analysis.upsideDown)
        }
        #expect(sides == (truth.kind == "spread" ? [.left, .right] : [nil]))
    }
}
