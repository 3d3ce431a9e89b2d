import Foundation
import SohoaImaging

/// The flag rates of measured cells against their truth, as a table to read and a TSV of every measure.
struct CellConditionReport {
    var cells: [CellConditionTests.Measured]

    init(_ cells: [CellConditionTests.Measured]) { self.cells = cells }

    /// How a file stores its pixels: bilevel, gray or colour.
    static func mode(_ variant: String) -> String {
        variant.hasPrefix("bilevel") ? "bilevel" : (variant.hasPrefix("gray") ? "gray" : "colour")
    }

    private static func share(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "-" : String(format: "%d/%d (%.1f %%)", part, whole, 100 * Double(part) / Double(whole))
    }

    var text: String {
        var lines = ["cell condition: \(cells.count) cells", "", "| damaged cells | flagged (any kind) | flagged or writing may be lost (bilevel) |", "|---|---|---|"]
        let damaged = cells.filter { $0.truth.damage != nil }
        for kind in CellDamage.allCases.map(\.rawValue) + ["all"] {
            let group = damaged.filter { kind == "all" || $0.truth.damage == kind }
            let flagged = group.count { !$0.condition.damage.isEmpty }
            let held = group.count { !$0.condition.damage.isEmpty || $0.condition.writingMayBeLost }
            lines.append("| \(kind) | \(Self.share(flagged, group.count)) | \(Self.share(held, group.count)) |")
        }
        let sound = cells.filter { $0.truth.damage == nil && !$0.truth.blank }
        lines += ["", "| sound written cells | flagged (false alarms) |", "|---|---|"]
        let groups: [(String, (CellConditionTests.Measured) -> String)] = [
            ("hand", { $0.truth.hand }), ("scan", { "\($0.truth.scan) \(Self.mode($0.truth.variant))" }),
            ("dpi", { "\($0.truth.dpi) dpi" }),
        ]
        for (name, key) in groups {
            for value in Set(sound.map(key)).sorted() {
                let group = sound.filter { key($0) == value }
                lines.append("| \(name): \(value) | \(Self.share(group.count { !$0.condition.damage.isEmpty }, group.count)) |")
            }
        }
        lines.append("| all | \(Self.share(sound.count { !$0.condition.damage.isEmpty }, sound.count)) |")
        let blank = cells.filter { $0.truth.damage == nil && $0.truth.blank }
        let faded = damaged.filter { $0.truth.damage == "faded" }
        lines += [
            "", "| blank detection | |", "|---|---|",
            "| blank cells judged blank | \(Self.share(blank.count { $0.condition.blank }, blank.count)) |",
            "| sound written cells judged blank | \(Self.share(sound.count { $0.condition.blank }, sound.count)) |",
            "| faded cells judged blank (gray) | \(Self.share(faded.count { $0.condition.blank && !$0.condition.bilevel }, faded.count { !$0.condition.bilevel })) |",
            "| faded cells judged blank (bilevel) | \(Self.share(faded.count { $0.condition.blank && $0.condition.bilevel }, faded.count { $0.condition.bilevel })) |",
        ]
        let times = cells.map(\.seconds).sorted()
        if !times.isEmpty {
            lines.append("")
            lines.append(
                String(
                    format: "time per cell: median %.1f ms, mean %.1f ms, 95th percentile %.1f ms", 1000 * times[times.count / 2],
                    1000 * times.reduce(0, +) / Double(times.count), 1000 * times[times.count * 95 / 100]))
        }
        return lines.joined(separator: "\n")
    }

    var tsv: String {
        let header = [
            "book", "file", "frame", "side", "row", "column", "hand", "scan", "variant", "dpi", "damage", "truthBlank",
            "blank", "bilevel", "lost", "inkArea", "paper", "contrast", "edge", "thick", "blot", "haze", "darkening", "missing", "gap", "gap2", "flags", "ms",
        ]
        var lines = [header.joined(separator: "\t")]
        for cell in cells {
            let (t, c) = (cell.truth, cell.condition)
            var fields = [
                t.book, t.file, "\(t.frame)", t.side, "\(t.row)", t.column, t.hand, t.scan, t.variant, "\(t.dpi)",
                t.damage ?? "-", "\(t.blank)", "\(c.blank)", "\(c.bilevel)", "\(c.writingMayBeLost)",
            ]
            fields += [
                c.inkArea, c.paperLevel, c.inkContrast ?? -1, c.inkEdgeWidth ?? -1, c.thickInkArea, c.blotArea, c.hazeArea, c.paperDarkening,
                c.missingPaperShare, c.rulingGapAtCorner, c.rulingGapAlongCorner,
            ].map { String(format: "%.4f", $0) }
            fields.append(c.damage.isEmpty ? "-" : c.damage.map(\.rawValue).joined(separator: ","))
            fields.append(String(format: "%.2f", cell.seconds * 1000))
            lines.append(fields.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n")
    }
}
