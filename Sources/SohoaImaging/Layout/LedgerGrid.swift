/// The ruled grid of one ledger page, as found in its upright image: the printed header band, the rows below it
/// and, in each row, one cell per column, left to right. Boxes are inside the ruling lines, in page pixels.
public struct LedgerGrid: Sendable, Equatable, Codable {
    /// One ruled row: its band (top and bottom, inside the lines) and its cells in column order.
    public struct Row: Sendable, Equatable, Codable {
        public var top: Int
        public var bottom: Int
        public var cells: [Cell]
    }

    /// One cell: where it is, and where its writing is (nil when the cell holds no stroke at all; specks of dust
    /// do not count; beyond the box where the writing runs past the grid's outer ruling).
    public struct Cell: Sendable, Equatable, Codable {
        public var box: PixelRect
        public var inkBox: PixelRect?
        /// Marks are there only in faint ink, far lighter than writing: faded writing, or a stain.
        public var faintOnly: Bool

        /// Whether the cell's writing runs on past its rulings (`GridFinder.writingPastOuterEdges`): what is read
        /// inside them may lack letters.
        public var writingRunsPastRulings: Bool {
            guard let ink = inkBox else { return false }
            return ink.x < box.x || ink.x + ink.width > box.x + box.width
        }
    }

    /// The printed header band (top and bottom), when the page has one.
    public var header: ClosedRange<Int>?
    public var rows: [Row]
    /// The columns found, which is the pipeline's column count when `problems` is empty.
    public var columnCount: Int
    /// Vertical rulings the scan lost and that were put back where the form's proportions have them.
    public var restoredRulings: Int = 0
    /// What did not look like the expected form (`columns: found 8 of 9`), in words for the log and review page.
    public var problems: [String]

    /// Where the rows begin and end, in pixels below the first row's top (one more than there are rows; a boundary
    /// is midway between a row's bottom and the next one's top); nil without rows.
    public var rowBoundaries: [Int]? {
        guard let top = rows.first?.top, let bottom = rows.last?.bottom, bottom > top else { return nil }
        let inner = zip(rows, rows.dropFirst()).map { ($0.bottom + $1.top) / 2 }
        return ([top] + inner + [bottom]).map { $0 - top }
    }

    /// Whether the page shows the printed form whole: `columns` columns, rows, and nothing found amiss. (A page left
    /// a degree or two out of level may still: its rulings are followed strip by strip.)
    public func showsForm(columns: Int) -> Bool { problems.isEmpty && columnCount == columns && !rows.isEmpty }
}
