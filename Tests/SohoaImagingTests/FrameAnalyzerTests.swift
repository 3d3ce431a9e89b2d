import Foundation
import SohoaImaging
import Testing

/// The frame analysis against the truth of the sample batch: spread or page, orientation, skew and the gutter.
@Suite struct FrameAnalyzerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sample: SampleFiles.Entry
        var frame: Int
        var testDescription: String { "\(sample.book)/\(sample.file)#\(frame)" }
    }

    static let cases = SampleFiles.valid.flatMap { sample in sample.frames.indices.map { Case(sample: sample, frame: $0) } }

    @Test(arguments: cases)
    func analysisMatchesTheTruth(_ test: Case) throws {
        let truth = test.sample.frames[test.frame]
        let image = try ScanDecoder.decode(path: test.sample.url.path, frame: test.frame)
        let gray = try image.gray8()
        let result = try FrameAnalyzer().analyze(gray, dpi: truth.trueDpi)
        let analysis = result.analysis
        #expect(analysis.kind.rawValue == truth.kind)
        #expect(analysis.kindConfidence >= 0.8)
        #expect(analysis.upsideDown == (truth.rotation == 180))
        #expect(analysis.orientationConfidence >= FrameAnalyzer.confidentOrientation)
        // The skew as a whole, and what is left of it on each page once levelled.
        #expect(abs(analysis.skewDegrees - truth.skewDegrees) <= 0.2)
        for page in result.pages { #expect(abs(page.residualSkewDegrees) <= 0.3) }
        #expect(result.pages.count == (truth.kind == "spread" ? 2 : 1))
        if let expected = truth.gutter {
            let found = try #require(analysis.gutter)
            let tolerance = 0.015 * Double(truth.width)
            #expect(abs(found.xTop - expected.xTop) <= tolerance, "top \(found.xTop), truth \(expected.xTop)")
            #expect(abs(found.xBottom - expected.xBottom) <= tolerance, "bottom \(found.xBottom), truth \(expected.xBottom)")
            #expect(analysis.gutterConfidence >= 0.8)
        }
    }
}
