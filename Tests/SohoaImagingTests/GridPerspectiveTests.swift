import Foundation
import SohoaImaging
import Testing

/// A page photographed at an angle has a grid whose borders converge; squaring it gives back the straight columns and
/// rows the grid finder needs, and a page scanned square is left alone.
@Suite struct GridPerspectiveTests {
    /// A level sample page cut to its paper, with the form's column widths (mm), its number of rows, what the truth
    /// says of the page, and where its paper lies in the scanned frame.
    struct LevelPage: ~Copyable {
        var image: LeptonicaImage
        var dpi: Int
        var widths: [Double]
        var rows: Int
        var truth: SampleFiles.Page
        var region: PixelRect
    }

    static func levelPage() throws -> LevelPage {
        let test = try #require(GridFinderTests.cases.first)
        let frame = test.sample.frames[test.frame]
        let image = try ScanDecoder.decode(path: test.sample.url.path, frame: test.frame).gray8()
        let page = frame.pages[0]
        let region = page.region(inImageOf: image.width, image.height, dpi: frame.trueDpi)
        let widths = page.grid.columns.map { ($0.x1 - $0.x0) * 25.4 / Double(frame.trueDpi) }
        return LevelPage(
            image: try image.cropped(to: region), dpi: frame.trueDpi, widths: widths, rows: page.grid.rows.count, truth: page,
            region: region)
    }

    @Test func aPageScannedSquareIsLeftAlone() throws {
        let level = try Self.levelPage()
        let dpi = level.dpi
        let outline = try GridPerspective.find(in: level.image, dpi: dpi)
        let millimetres = (outline?.displacement ?? 0) * 25.4 / Double(dpi)
        #expect(millimetres < PagePreparer.squaringThreshold, "a square grid read as \(millimetres) mm out of square")
    }

    @Test func aPreparedPageShowsWhichWayUpItStands() throws {
        let level = try Self.levelPage()
        #expect(try PreparedOrientation.evidence(of: level.image, dpi: level.dpi) <= -FrameAnalyzer.confidentOrientation)
        #expect(try PreparedOrientation.evidence(of: level.image.rotated180(), dpi: level.dpi) >= FrameAnalyzer.confidentOrientation)
    }

    @Test func aKeystonedGridIsSquaredAndItsColumnsAndRowsFoundAgain() throws {
        let level = try Self.levelPage()
        let (dpi, widths, rows) = (level.dpi, level.widths, level.rows)
        let (w, h) = (Double(level.image.width), Double(level.image.height))
        // The camera leant back: the top of the page is 5% narrower on each side than its bottom.
        let paper = level.image.rankValue(0.9) ?? 255
        let keystoned = try level.image.projected(
            from: [(0, 0), (w, 0), (w, h), (0, h)], to: [(0.05 * w, 0), (0.95 * w, 0), (w, h), (0, h)], fill: paper)
        let finder = GridFinder(dpi: dpi, columns: widths.count, columnWidths: widths)
        let outline = try #require(try GridPerspective.find(in: keystoned, dpi: dpi))
        let millimetres = outline.displacement * 25.4 / Double(dpi)
        #expect(millimetres > 3, "the converging borders measured \(millimetres) mm out of square")
        // The top corners lean in, the bottom ones do not.
        #expect(outline.corners[0].x > outline.corners[3].x && outline.corners[1].x < outline.corners[2].x)

        let squared = try keystoned.projected(from: outline.corners, to: outline.squared, fill: paper)
        let again = try GridPerspective.find(in: squared, dpi: dpi)
        #expect((again?.displacement ?? 0) * 25.4 / Double(dpi) < PagePreparer.squaringThreshold, "squared once is square")
        let grid = try finder.find(in: squared).grid
        #expect(grid.problems.isEmpty, "\(grid.problems)")
        #expect(grid.columnCount == widths.count && grid.rows.count == rows)
    }
}
