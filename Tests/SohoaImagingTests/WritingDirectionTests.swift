import Foundation
@testable import SohoaImaging
import Testing

/// The words of every sample frame never run clearly down it as scanned, and clearly run across it when it was
/// scanned flat: the cue that still tells a page's rows from its columns when its row rulings are lost. On a
/// photographed page of joined handwriting the cue is weak (its words blur into lines and blots), so there it may
/// only abstain, never point the wrong way.
@Suite struct WritingDirectionTests {
    @Test(arguments: FrameAnalyzerTests.cases)
    func wordsRunAcrossAnUprightFrameAndDownATurnedOne(_ test: FrameAnalyzerTests.Case) throws {
        let truth = test.sample.frames[test.frame]
        let gray = try ScanDecoder.decode(path: test.sample.url.path, frame: test.frame).gray8()
        let inch = 100
        let ink = try gray.scaled(by: Double(inch) / Double(truth.trueDpi)).backgroundNormalized().binarized()
        let upright = try WritingDirection.across(ink, inch: inch)
        let turned = try WritingDirection.across(ink.turnedQuarterClockwise(), inch: inch)
        #expect(upright > -RowDirection.clearWriting, "as scanned: \(upright)")
        #expect(abs(turned + upright) <= 0.05, "as scanned \(upright), turned a quarter \(turned)")
        if test.sample.scan != "photographed" {
            #expect(upright >= RowDirection.clearWriting, "as scanned: \(upright)")
        }
    }
}
