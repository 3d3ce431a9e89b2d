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
        let gray = try image.gray8()
        let result = try FrameAnalyzer().analyze(gray, dpi: truth.trueDpi)
        var sides: [PagePreparer.Side?] = []
        try PagePreparer().forEachPage(of: gray, dpi: truth.trueDpi, bilevelSource: image.depth == 1, analysis: result) { page in
            // Cut to the paper: the page's own size in the scan (A4, as the scanner or the camera scaled it). Never
            // into the page; a flatbed's white bed beside the book may stay, up to 15%.
            let expected = truth.pages[sides.count].sizeInImage(dpi: truth.trueDpi)
            sides.append(page.side)
            let (width, height) = (Double(page.image.width) / expected.width, Double(page.image.height) / expected.height)
            #expect((0.95...1.15).contains(width), "width \(page.image.width), page \(expected.width)")
            #expect((0.95...1.15).contains(height), "height \(page.image.height), page \(expected.height)")
            let master = folder.appendingPathComponent("\(UUID()).tif").path
            try page.image.writeMasterTIFF(to: master)
            let reread = try ScanDecoder.decode(path: master, frame: 0)
            let lossless = reread.hasSamePixels(as: page.image)
            #expect(lossless, "the master differs from the prepared page")
            // The delivery JPEG keeps the page: high fidelity to its lossless source, and the same ink.
            let normalized = try page.image.backgroundNormalized()
            let reference = try DeliveryImage.reference(of: normalized, scanDPI: truth.trueDpi)
            let jpeg = folder.appendingPathComponent("\(UUID()).jpg").path
            try DeliveryImage.write(normalized, scanDPI: truth.trueDpi, to: jpeg)
            let delivered = try LeptonicaImage.reading(path: jpeg)
            let psnr = delivered.psnr(against: reference) ?? 0
            let inkChanged = try delivered.binarized().differingShare(from: try reference.binarized()) ?? 1
            #expect(psnr >= 30, "PSNR \(psnr) dB")
            #expect(inkChanged <= 0.01, "\(inkChanged) of the pixels changed ink")
            let quality = try PageQuality.measure(page.image, dpi: truth.trueDpi)
            #expect(quality.residualSkewDegrees <= 0.3)
            // Upright: prepared again, the page needs no turn.
            let again = try FrameAnalyzer().analyze(page.image, dpi: truth.trueDpi)
            #expect(!again.analysis.upsideDown)
        }
        #expect(sides == (truth.kind == "spread" ? [.left, .right] : [nil]))
    }
}
