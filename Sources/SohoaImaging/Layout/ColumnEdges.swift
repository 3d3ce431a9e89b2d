/// Puts a page's vertical rulings in order against the printed form: given the rulings found and the form's column
/// widths, it keeps the rulings that stand where the form has an edge, drops those that do not (a long stroke of
/// writing), and puts back a ruling that the scan lost where the form has it. It only does so when the outer rulings
/// are there and every ruling found agrees with the form; otherwise it returns nil and the page goes to a person.
struct ColumnEdges {
    /// The printed columns' widths, in millimetres, left to right.
    var widths: [Double]
    var dpi: Int
    /// At most this many edges may be put back.
    var maximumRestored = 2

    /// The column edges, left to right, and how many were put back; nil when the rulings do not fit the form. The
    /// outer edges are the outermost rulings found, or the next ones in: a line beyond the grid (the edge of a seal,
    /// of the facing page, of a margin rule) is not the grid's border. The fit that puts back and leaves out fewest
    /// lines wins.
    func fit(_ found: [Int]) -> (edges: [Int], restored: Int)? {
        var best: (edges: [Int], restored: Int, missed: Int)?
        for first in found.prefix(2) {
            for last in found.suffix(2) where last > first {
                guard let fitted = fit(found, from: first, to: last) else { continue }
                if best.map({ fitted.restored + fitted.missed < $0.restored + $0.missed }) ?? true { best = fitted }
            }
        }
        return best.map { ($0.edges, $0.restored) }
    }

    /// The fit of the form between outer edges `first` and `last`, with how many edges were put back and how many
    /// rulings found were left out.
    private func fit(_ found: [Int], from first: Int, to last: Int) -> (edges: [Int], restored: Int, missed: Int)? {
        guard !widths.isEmpty else { return nil }
        let total = widths.reduce(0, +)
        let scale = Double(last - first) / total  // pixels per millimetre of the form
        let nominal = Double(dpi) / 25.4
        guard abs(scale - nominal) <= 0.12 * nominal else { return nil }
        var cumulative = [0.0]
        for width in widths { cumulative.append(cumulative[cumulative.count - 1] + width) }
        let predicted = cumulative.map { Double(first) + $0 * scale }
        let tolerance = 1.5 * nominal
        var edges: [Int] = []
        var restored = 0
        for position in predicted {
            if let match = found.min(by: { abs(Double($0) - position) < abs(Double($1) - position) }),
                abs(Double(match) - position) <= tolerance
            {
                edges.append(match)
            } else {
                edges.append(Int(position.rounded()))
                restored += 1
            }
        }
        let unmatched = found.filter { line in !edges.contains(line) }
        guard restored <= maximumRestored, unmatched.count <= 1 else { return nil }
        return (edges, restored, unmatched.count)
    }
}
