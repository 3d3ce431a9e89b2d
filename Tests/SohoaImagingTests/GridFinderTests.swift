import Foundation
import SohoaImaging
import Testing

/// The ruled grid of every level sample page: its header band, its rows and the pipeline's columns, found again
/// from the image alone, with each cell's writing located (a blank cell has none).
@Suite struct GridFinderTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var sample: SampleFiles.Entry
        var frame: Int
        var testDescription: String { "\(sample.testDescription) frame \(frame)" }
    }

    /// Frames scanned level and upright (photographed ones are levelled by PagePreparer first), at a readable dpi.
    static let cases = SampleFiles.valid.flatMap { sample in
        sample.frames.indices.filter { index in
            let frame = sample.frames[index]
            return frame.rotation == 0 && abs(frame.skewDegrees) <= 0.3 && frame.trueDpi >= 150
        }.map { Case(sample: sample, frame: $0) }
    }

    @Test(arguments: cases) func findsTheRowsAndColumnsOfEveryPage(_ sample: Case) throws {
        let frame = sample.sample.frames[sample.frame]
        let image = try ScanDecoder.decode(path: sample.sample.url.path, frame: sample.frame).gray8()
        for page in frame.pages {
            let region = page.region(inImageOf: image.width, image.height, dpi: frame.trueDpi)
            let widths = page.grid.columns.map { ($0.x1 - $0.x0) * 25.4 / Double(frame.trueDpi) }  // the form, in mm
            let found = try GridFinder(dpi: frame.trueDpi, columns: widths.count, columnWidths: widths).find(in: image.cropped(to: region)).grid
            #expect(found.problems.isEmpty, "\(page.side): \(found.problems)")
            #expect(found.columnCount == page.grid.columns.count, "\(page.side) columns")
            #expect(found.rows.count == page.grid.rows.count, "\(page.side) rows")
            #expect(found.header != nil, "\(page.side) header")
            // Rows come out where the truth has them (within 2 mm).
            let tolerance = 2 / 25.4 * Double(frame.trueDpi)
            for (row, expected) in zip(found.rows, page.grid.rows) {
                let expectedTop = expected[0] * page.pageToImage[1][1] + page.pageToImage[1][2] - Double(region.y)
                #expect(abs(Double(row.top) - expectedTop) <= tolerance, "\(page.side) row at \(row.top), truth \(expectedTop)")
            }
        }
    }
}

/// Rows written in a bold script face the thresholds were never tuned on: the entries' baselines dip across every
/// column like a ruling, but only the rulings bound the rows.
@Suite struct BoldHandwritingGridTests {
    @Test func theBaselinesOfBoldHandwritingAreNotRulings() throws {
        let url = SampleFiles.repository.appendingPathComponent("Tests/Fixtures/handwriting/pacifico-rows.png")
        let image = try ScanDecoder.decode(path: url.path, frame: 0).gray8()
        let grid = try GridFinder(dpi: 300, columns: 8).find(in: image).grid
        // The rulings, measured on the image (Tests/Fixtures/handwriting/README.md), in pixels at 300 dpi.
        let rulings = [306, 699, 1093, 1486]
        let tolerance = 2 * 300 / 25
        #expect(grid.rows.count == rulings.count - 1, "rows from \(grid.rows.map(\.top)) to \(grid.rows.map(\.bottom)), header \(String(describing: grid.header))")
        for (row, (top, bottom)) in zip(grid.rows, zip(rulings, rulings.dropFirst())) {
            #expect(abs(row.top - top) <= tolerance && abs(row.bottom - bottom) <= tolerance, "row \(row.top)–\(row.bottom)")
        }
        // Each row's writing is inside its cells: the first row's number, "19", is found in the first cell.
        #expect(grid.rows.first?.cells.first?.inkBox != nil)
    }
}
