/// A cell's picture as a reviewer sees it: the printed form dropped out. The ruled lines (straight runs of ink across
/// most of the crop) are painted the paper's level, and so is ink in the margin around the cell that does not reach
/// into it (the row number, the end of the neighbour's writing, a dashed piece of ruling); writing that crosses the
/// cell's border is kept whole, since a hand does not stop at a line.
public enum CellDropout {
    /// A ruling runs at least this share of the crop's width (horizontal) or height (vertical); no stroke of writing
    /// does.
    static let rulingShare = 0.6
    /// Gaps a printed line may have (a printer's cut, a bilevel scan's dropout), in pixels, bridged before measuring
    /// a run: small enough that the gaps between letters stay open.
    static let lineGap = 3
    /// The pale fringe of a line or a stray mark, in pixels, painted out with it.
    static let fringe = 3

    /// `gray` (8-bit, a crop around `cell`, which is in the crop's pixels) with the form painted out. A crop too
    /// small to hold a line is returned as it is.
    public static func paintedOut(_ gray: consuming LeptonicaImage, cell: PixelRect) throws(ImagingError) -> LeptonicaImage {
        let (width, height) = (gray.width, gray.height)
        guard width >= 16, height >= 16, cell.width > 4, cell.height > 4 else { return gray }
        let ink = try gray.backgroundNormalized().binarized()
        let horizontal = try ink.closed(width: lineGap, height: 1).opened(width: Int(Double(width) * rulingShare), height: 1)
        let vertical = try ink.closed(width: 1, height: lineGap).opened(width: 1, height: Int(Double(height) * rulingShare))
        let lines = try horizontal.union(vertical).intersection(ink)
        let writing = try ink.subtracting(lines)
        let inside = try LeptonicaImage.mask(width: width, height: height, regions: [cell])
        let kept = try writing.components(touching: writing.intersection(inside))
        let form = try ink.subtracting(kept).dilated(width: 1 + 2 * fringe, height: 1 + 2 * fringe).subtracting(kept)
        // Most of a cell is paper: its median is the paper's level.
        gray.fill(under: form, with: gray.rankValue(0.5, factor: 2) ?? 255)
        return gray
    }
}
