/// The horizontal rulings of a ledger image seen at analysis resolution: where the lines are (y) and how many
/// of them cover each column (x). Both orientation and the gutter are read from it.
struct RuledStructure {
    /// The y of each horizontal ruling, top to bottom.
    var lineRows: [Int]
    /// For each column, how many ruling pixels cover it.
    var coverage: [Double]
    var width: Int
    var height: Int

    /// Finds the rulings of a bilevel image (ink = 1): pinholes in faint lines are bridged, lines are thickened so that
    /// a slightly curved one (a photographed page does not lie flat) stays one run, and runs at least `minimumLength`
    /// pixels long are kept (writing, even cursive, has no such straight runs).
    /// Rulings closer than `mergeDistance` are one.
    init(binary: borrowing LeptonicaImage, minimumLength: Int, mergeDistance: Int) throws(ImagingError) {
        let lines = try binary.closed(width: 3, height: 1).dilated(width: 1, height: 3).opened(width: minimumLength, height: 1)
        width = binary.width
        height = binary.height
        coverage = lines.inkPerColumn()
        lineRows = Self.peaks(of: lines.inkPerRow(), minimum: Double(minimumLength), mergeDistance: mergeDistance)
    }

    /// The rulings of a page at `inch` pixels per inch as page analysis reads them: runs an inch long at least, and
    /// rulings nearer than a fifth of an inch one.
    init(binary: borrowing LeptonicaImage, inch: Int) throws(ImagingError) {
        try self.init(binary: binary, minimumLength: inch, mergeDistance: inch / 5)
    }

    /// The centres of the runs of rows whose ruling ink exceeds `minimum`, runs nearer than `mergeDistance` merged.
    private static func peaks(of profile: [Double], minimum: Double, mergeDistance: Int) -> [Int] {
        var runs: [ClosedRange<Int>] = []
        for (y, value) in profile.enumerated() where value >= minimum {
            if let last = runs.last, y - last.upperBound <= mergeDistance {
                runs[runs.count - 1] = last.lowerBound...y
            } else {
                runs.append(y...y)
            }
        }
        return runs.map { ($0.lowerBound + $0.upperBound) / 2 }
    }

    /// The gaps between consecutive rulings, top to bottom.
    var bands: [Int] { zip(lineRows.dropFirst(), lineRows).map { $0 - $1 }.filter { $0 > 2 } }

    /// Column ranges where no ruling runs, as half-open ranges, at least `minimumWidth` wide.
    func uncoveredRuns(threshold: Double, minimumWidth: Int) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for (x, value) in coverage.enumerated() {
            if value <= threshold {
                if start == nil { start = x }
            } else if let first = start {
                if x - first >= minimumWidth { runs.append(first..<x) }
                start = nil
            }
        }
        if let first = start, coverage.count - first >= minimumWidth { runs.append(first..<coverage.count) }
        return runs
    }
}
