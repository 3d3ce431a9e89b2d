/// Puts a page's vertical rulings in order against the printed form: given the rulings found and the form's column
/// widths, it keeps the rulings that stand where the form has an edge, drops those that do not (a long stroke of
/// writing), and puts back a ruling that the scan lost where the form has it. It only does so when the outer rulings
/// are there and every ruling found agrees with the form; otherwise it returns nil and the page goes to a person.
/// Where the rows lost a ruling that the header band still shows (light rulings a bilevel scan dropped), the
/// header's line is the edge: the form printed it there. A grid whose size is not what the dpi tag says (a
/// photograph's tag measures the camera, not the page) fits only when every edge is found: then the fit measures the
/// page's real resolution.
struct ColumnEdges {
    /// The printed columns' widths, in millimetres, left to right.
    var widths: [Double]
    var dpi: Int
    /// At most this many edges may be put back: two, or a third of a wide form's edges (light rulings a bilevel scan
    /// dropped), so that most edges are always found where the form has them.
    var maximumRestored: Int { max(2, (widths.count + 1) / 3) }

    /// The column edges, left to right, how many were put back, and the pixels per millimetre of the page the fit
    /// measured; nil when the rulings do not fit the form. The outer edges are the outermost rulings found, or the
    /// next ones in: a line beyond the grid (the edge of a seal, of the facing page, of a margin rule) is not the
    /// grid's border. The fit that puts back and leaves out fewest lines wins. `header` holds the rulings seen in
    /// the header band alone; they stand for an edge the rows lost.
    func fit(_ found: [Int], header: [Int] = []) -> (edges: [Int], restored: Int, pixelsPerMillimetre: Double)? {
        var best: (edges: [Int], restored: Int, missed: Int, pixelsPerMillimetre: Double)?
        for first in found.prefix(2) {
            for last in found.suffix(2) where last > first {
                guard let fitted = fit(found, header: header, from: first, to: last) else { continue }
                if best.map({ fitted.restored + fitted.missed < $0.restored + $0.missed }) ?? true { best = fitted }
            }
        }
        return best.map { ($0.edges, $0.restored, $0.pixelsPerMillimetre) }
    }

    /// The fit of the form between outer edges `first` and `last`, with how many edges were put back and how many
    /// rulings found were left out.
    private func fit(_ found: [Int], header: [Int], from first: Int, to last: Int)
        -> (edges: [Int], restored: Int, missed: Int, pixelsPerMillimetre: Double)?
    {
        guard !widths.isEmpty else { return nil }
        let total = widths.reduce(0, +)
        let scale = Double(last - first) / total  // pixels per millimetre of the form
        let nominal = Double(dpi) / 25.4
        let asTagged = abs(scale - nominal) <= 0.12 * nominal
        guard asTagged || (scale >= 0.5 * nominal && scale <= 2 * nominal) else { return nil }
        var cumulative = [0.0]
        for width in widths { cumulative.append(cumulative[cumulative.count - 1] + width) }
        let predicted = cumulative.map { Double(first) + $0 * scale }
        let tolerance = 1.5 * scale
        var edges: [Int] = []
        var restored = 0
        func nearest(_ lines: [Int], to position: Double) -> Int? {
            lines.min(by: { abs(Double($0) - position) < abs(Double($1) - position) })
                .flatMap { abs(Double($0) - position) <= tolerance ? $0 : nil }
        }
        for position in predicted {
            if let match = nearest(found, to: position) ?? nearest(header, to: position) {
                edges.append(match)
            } else {
                edges.append(Int(position.rounded()))
                restored += 1
            }
        }
        let unmatched = found.filter { line in !edges.contains(line) }
        guard restored <= (asTagged ? maximumRestored : 0), unmatched.count <= 1 else { return nil }
        return (edges, restored, unmatched.count, scale)
    }
}
