/// Where the ruled lines around a cell are missing. A page torn at a corner loses the paper and the lines printed
/// on it, so a cell that a tear reaches has lost its rulings from one corner along both sides that meet there; a line
/// cut by the printer loses a few millimetres somewhere, and a faint line that a bilevel scan dropped is missing along
/// its whole length.
struct CellBorderRulings {
    /// Which positions along each side carry a ruling: top and bottom left to right, left and right top to bottom.
    var top: [Bool]
    var bottom: [Bool]
    var left: [Bool]
    var right: [Bool]

    /// Past the gap a torn corner leaves, the rest of a side's line is whole: at least this share of it is there
    /// (a printer's cuts take a few millimetres; a faint line that a bilevel scan half dropped is dashed all along).
    static let wholeShare = 0.9
    /// ... and the rest is at least this share of the side, so that there is a line to judge.
    static let restShare = 0.2

    /// Reads the rulings in bands just outside `cell` (coordinates of `darkness`) from `darkness`, the ink darkness
    /// (paper level minus gray) of an area around the cell: a ruling is a run at least `minimumRun` pixels long of
    /// pixels at least `level` darker than the paper, within `reach` pixels outside the cell (or `overlap` inside it).
    init(
        darkness: borrowing LeptonicaImage, cell: PixelRect, level: Int, reach: Int, overlap: Int, minimumRun: Int,
        bridge: Int
    ) throws(ImagingError) {
        let (width, height) = (darkness.width, darkness.height)
        func band(_ rect: PixelRect) -> PixelRect? { CellMeasurer.clip(rect, width: width, height: height) }
        func horizontal(_ rect: PixelRect?) throws(ImagingError) -> [Bool] {
            guard let rect, rect.width == cell.width else { return [] }
            let lines = try darkness.cropped(to: rect).reaching(level)
                .closed(width: bridge, height: 1).opened(width: minimumRun, height: 1)
            return lines.inkPerColumn().map { $0 > 0 }
        }
        func vertical(_ rect: PixelRect?) throws(ImagingError) -> [Bool] {
            guard let rect, rect.height == cell.height else { return [] }
            let lines = try darkness.cropped(to: rect).reaching(level)
                .closed(width: 1, height: bridge).opened(width: 1, height: minimumRun)
            return lines.inkPerRow().map { $0 > 0 }
        }
        let depth = reach + overlap
        top = try horizontal(band(PixelRect(x: cell.x, y: cell.y - reach, width: cell.width, height: depth)))
        bottom = try horizontal(
            band(PixelRect(x: cell.x, y: cell.y + cell.height - overlap, width: cell.width, height: depth)))
        left = try vertical(band(PixelRect(x: cell.x - reach, y: cell.y, width: depth, height: cell.height)))
        right = try vertical(
            band(PixelRect(x: cell.x + cell.width - overlap, y: cell.y, width: depth, height: cell.height)))
    }

    /// A corner of the cell.
    enum Corner: CaseIterable {
        case topLeft, topRight, bottomLeft, bottomRight
    }

    /// A corner where the rulings of both sides meeting there are missing from the corner on: over `along` pixels of
    /// the horizontal side and `down` pixels of the vertical one.
    struct Gap {
        var corner: Corner
        var along: Int
        var down: Int
    }

    /// The corners where both rulings are missing from the corner on, counting only corners where at least one of the
    /// two sides is whole past its gap.
    var gaps: [Gap] {
        Corner.allCases.compactMap { corner in
            let atTop = corner == .topLeft || corner == .topRight
            let atLeft = corner == .topLeft || corner == .bottomLeft
            let (horizontal, vertical) = (atTop ? top : bottom, atLeft ? left : right)
            guard !horizontal.isEmpty, !vertical.isEmpty else { return nil }
            let along = Self.missingRun(horizontal, fromStart: atLeft)
            let down = Self.missingRun(vertical, fromStart: atTop)
            guard Self.isWhole(horizontal, after: along, fromStart: atLeft)
                || Self.isWhole(vertical, after: down, fromStart: atTop)
            else { return nil }
            return Gap(corner: corner, along: along, down: down)
        }
    }

    /// Whether the line along `side` is whole past its first `gap` positions from the corner.
    static func isWhole(_ side: [Bool], after gap: Int, fromStart: Bool) -> Bool {
        let rest = fromStart ? side.dropFirst(gap) : side.dropLast(gap)
        guard Double(rest.count) >= restShare * Double(side.count), !rest.isEmpty else { return false }
        return Double(rest.count { $0 }) >= wholeShare * Double(rest.count)
    }

    /// How many positions from one end of `side` carry no ruling.
    static func missingRun(_ side: [Bool], fromStart: Bool) -> Int {
        let ordered = fromStart ? side : side.reversed()
        return ordered.firstIndex(of: true) ?? ordered.count
    }
}
