import Foundation
import SohoaCore
import SohoaImaging
import Testing

/// Every TIFF and PNG variant of the sample batch decodes, frame by frame, with the size, layout and resolution
/// the generator wrote; every bad sample is refused with the reason the truth names.
@Suite struct ScanInspectorVariantTests {
    let inspector = ScanInspector()

    @Test func theSampleBatchCoversEveryVariantTheContractLists() {
        let variants = Set(SampleFiles.valid.compactMap(\.variant))
        for variant in [
            "bilevel-g4", "gray8-lzw", "gray16-deflate", "rgb-jpeg", "rgb-none", "gray8-none", "gray8-deflate",
            "rgb8", "rgba8", "palette8", "gray16", "gray8", "gray-alpha8",
        ] {
            #expect(variants.contains(variant), "no sample of \(variant)")
        }
        #expect(Set(SampleFiles.bad.compactMap(\.rejected)) == ["truncated", "empty-file", "not-an-image", "too-large"])
    }

    @Test(arguments: SampleFiles.valid)
    func validSampleDecodes(_ sample: SampleFiles.Entry) throws {
        let inspection = try inspector.inspect(path: sample.url.path)
        #expect(inspection.format == sample.format)
        #expect(inspection.frames.count == sample.frames.count)
        for (result, truth) in zip(inspection.frames, sample.frames) {
            let facts = try result.get()
            #expect(facts.width == truth.width && facts.height == truth.height)
            #expect(facts.samplesPerPixel == truth.samplesPerPixel)
            #expect(facts.bitsPerSample == truth.bitsPerSample)
            if let tag = truth.dpiTag, ScanResolution.plausibleDPI.contains(tag) {
                #expect(facts.resolution == ScanResolution(dpi: tag, isEstimated: false))
            } else {
                #expect(facts.resolution.isEstimated)
                #expect(abs(facts.resolution.dpi - truth.trueDpi) <= truth.trueDpi / 10, "estimated \(facts.resolution.dpi), true \(truth.trueDpi)")
            }
        }
    }

    @Test(arguments: SampleFiles.bad)
    func badSampleIsRefusedWithItsReason(_ sample: SampleFiles.Entry) {
        #expect {
            _ = try inspector.inspect(path: sample.url.path)
        } throws: { error in
            guard let error = error as? ImageInputError else { return false }
            return error.reason.rawValue == sample.rejected && !error.detail.isEmpty
        }
    }
}
