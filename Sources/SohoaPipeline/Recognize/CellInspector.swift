import Foundation
import SohoaCore
import SohoaImaging
import SohoaStore

/// Measures the image condition of chosen cells of a page (blur, smudge, fading, stain, tear; writing a bilevel scan
/// may have lost) on the page as scanned, and turns it into review reasons. Measuring takes longer than reading a
/// cell, so the opening reader asks only for the cells whose fields would otherwise be accepted.
struct CellInspector {
    /// The reasons for each of `cells` (boxes in the page's pixels, at `dpi`: the resolution its grid showed), in
    /// order.
    static func damage(of cells: [PixelRect], on page: OpeningToRead.Page, dpi: Int) throws -> [[ReviewReason]] {
        guard !cells.isEmpty else { return [] }
        let gray = try ScanDecoder.decode(path: page.image.path, frame: 0).gray8()
        return try CellCondition.measure(cells, in: gray, dpi: dpi).map { condition in
            condition.damage.compactMap { ReviewReason(rawValue: $0.rawValue) }
                + (condition.writingMayBeLost ? [.writingMayBeLost] : [])
        }
    }
}
