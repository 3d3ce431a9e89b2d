/// Where each ruling runs, band by band. `RulingLines` finds a ruling at one position across the page, but on a
/// photographed or keystoned page it runs aslant (1.6° on a photographed spread, where levelling promises 0.35°), so
/// a mask kept to one row of the page leaves the ends of the line in the cells, where they pass for writing. In each
/// band the ruling is followed to where its profile (long runs only, so no writing) runs darkest near its position.
struct RulingCourse {
    /// How far (pixels) the ruling may lie in one band from its position on the page.
    var tolerance: Int
    /// How far (pixels) either side of the ruling's course the region around it reaches (its thickness, its fuzz and
    /// its slant within a band).
    var reach: Int

    /// One band across the rulings: its extent along them (pixels), and its mean-gray profile across them.
    struct Band {
        var extent: Range<Int>
        var profile: [Double]
    }

    /// The regions around `lines` (positions across the bands' profiles) band by band: rows of the page for
    /// horizontal rulings (the bands are vertical strips, in order), columns for vertical ones (the bands are the
    /// grid's rows, in order). A ruling is followed from the middle band outwards, each band searched near where the
    /// ruling ran in the one before: a slope of any size is followed, a band at a time.
    func regions(around lines: [Int], in bands: [Band], horizontal: Bool) -> [PixelRect] {
        guard !bands.isEmpty else { return [] }
        let middle = bands.count / 2
        let outwards = [Array((0...middle).reversed()), Array(middle..<bands.count)]
        return lines.flatMap { line in
            outwards.flatMap { order in
                var near = line
                return order.compactMap { index -> PixelRect? in
                    let band = bands[index]
                    guard !band.extent.isEmpty, !band.profile.isEmpty else { return nil }
                    let window = max(0, near - tolerance)...min(band.profile.count - 1, max(0, near + tolerance))
                    near = window.min { band.profile[$0] < band.profile[$1] } ?? near
                    let (from, span) = (near - reach, 2 * reach + 1)
                    return horizontal
                        ? PixelRect(x: band.extent.lowerBound, y: from, width: band.extent.count, height: span)
                        : PixelRect(x: from, y: band.extent.lowerBound, width: span, height: band.extent.count)
                }
            }
        }
    }
}
