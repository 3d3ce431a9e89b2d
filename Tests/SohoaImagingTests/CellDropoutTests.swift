import Foundation
@testable import SohoaImaging
import Testing

/// The form dropped out of the cells reviewers look at, measured on the sample batch's written cells (each cut as the
/// review page cuts it, around the cell's place inside its rulings): the rulings around the cell gone, its writing
/// kept.
@Suite struct CellDropoutTests {
    struct Dropped {
        var truth: LedgerCellTruth
        /// The share of the ruling pixels around the cell left after the dropout.
        var rulingLeft: Double
        /// The share of the ink inside the cell kept by it.
        var writingKept: Double
    }

    /// The sound written cells of the batch's first frames of each scan variant, dropped out.
    static let dropped: [Dropped] = {
        var results: [Dropped] = []
        let cells = LedgerCellTruth.all.filter { $0.damage == nil && !$0.blank }
        let frames = Dictionary(grouping: cells, by: \.frameKey)
        var variants: [String: Int] = [:]
        for key in frames.keys.sorted() {
            guard let cells = frames[key], let variant = cells.first?.variant, variants[variant, default: 0] < 2,
                let entry = SampleFiles.all.first(where: { $0.book == key.book && $0.file == key.file }),
                entry.frames.indices.contains(key.frame)
            else { continue }
            variants[variant, default: 0] += 1
            let frame = entry.frames[key.frame]
            guard let levelled = try? LedgerCellTruth.LevelledFrame(
                url: entry.url, frame: key.frame, rotation: frame.rotation, skewDegrees: frame.skewDegrees)
            else { continue }
            let pixelsPerMM = Double(frame.trueDpi) / 25.4
            let inset = 0.3 * pixelsPerMM
            for cell in cells {
                guard let box = cell.rect(in: levelled, inset: inset), let measured = try? measure(cell, box: box, in: levelled.image,
                                                                                                  rulingOffset: Int(inset.rounded()))
                else { continue }
                results.append(measured)
            }
        }
        return results
    }()

    /// Cuts `box` from `page` as `CellCrop` does and drops the form out of it.
    static func measure(_ truth: LedgerCellTruth, box: PixelRect, in page: borrowing LeptonicaImage, rulingOffset: Int) throws -> Dropped? {
        let margin = max(2, Int(Double(min(box.width, box.height)) * CellCrop.marginShare))
        let region = box.expanded(by: margin)
        guard region.x >= 0, region.y >= 0, region.x + region.width <= page.width, region.y + region.height <= page.height else { return nil }
        let crop = try page.cropped(to: region)
        let cell = PixelRect(x: margin, y: margin, width: box.width, height: box.height)
        let before = try crop.backgroundNormalized().binarized()
        let after = try CellDropout.paintedOut(try crop.copy(), cell: cell).backgroundNormalized().binarized()
        // Bands 5 pixels thick along the rulings' centres, and the cell's inside clear of them.
        let (top, bottom) = (margin - rulingOffset - 2, margin + box.height + rulingOffset - 2)
        let (left, right) = (margin - rulingOffset - 2, margin + box.width + rulingOffset - 2)
        let bands = [
            PixelRect(x: margin, y: top, width: box.width, height: 5), PixelRect(x: margin, y: bottom, width: box.width, height: 5),
            PixelRect(x: left, y: margin, width: 5, height: box.height), PixelRect(x: right, y: margin, width: 5, height: box.height),
        ].filter { band in before.setPixels(in: band) > max(band.width, band.height) / 2 }  // a ruling is there
        let inside = cell.expanded(by: -3)
        let ruled = bands.reduce(0) { $0 + before.setPixels(in: $1) }
        let written = before.setPixels(in: inside)
        guard ruled > 0, written > 0 else { return nil }
        return Dropped(
            truth: truth, rulingLeft: Double(bands.reduce(0) { $0 + after.setPixels(in: $1) }) / Double(ruled),
            writingKept: Double(after.setPixels(in: inside)) / Double(written))
    }

    @Test func theRulingsAroundACellAreDroppedAndItsWritingKept() {
        let dropped = Self.dropped
        #expect(dropped.count >= 100, "\(dropped.count) cells measured")
        let rulingLeft = dropped.map(\.rulingLeft).sorted()
        let writingKept = dropped.map(\.writingKept).sorted()
        let median = rulingLeft[rulingLeft.count / 2], worst = rulingLeft[rulingLeft.count * 95 / 100]
        #expect(median <= 0.02 && worst <= 0.15, "ruling pixels left: median \(median), 95th percentile \(worst)")
        let kept = writingKept[writingKept.count * 5 / 100]
        #expect(kept >= 0.97, "writing kept in 95% of the cells: at least \(kept)")
        let variants = Set(dropped.map(\.truth.variant)).sorted()
        print("cell dropout: \(dropped.count) cells (\(variants.joined(separator: ", "))), ruling left median \(median), 95th \(worst); writing kept 5th percentile \(kept)")
    }
}

extension CellDropoutTests {
    /// A cell of any size gets a picture: a tiny or blank crop comes back as it is rather than failing.
    @Test(arguments: [(17, 17), (24, 60), (60, 24), (40, 40), (300, 90)])
    func anySmallOrBlankCropIsShown(width: Int, height: Int) throws {
        let page = try ScanDecoder.decode(path: SampleFiles.repository.appendingPathComponent("samples/batch/ks-thachthanh-2008-01/0001.tif").path, frame: 0).gray8()
        for region in [PixelRect(x: 0, y: 0, width: width, height: height), PixelRect(x: 1200, y: 1500, width: width, height: height)] {
            let crop = try page.cropped(to: region)
            let dropped = try CellDropout.paintedOut(crop, cell: PixelRect(x: 3, y: 3, width: width - 6, height: height - 6))
            #expect(dropped.width == width && dropped.height == height)
        }
    }
}
