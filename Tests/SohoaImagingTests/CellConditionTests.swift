import Foundation
import SohoaImaging
import Testing

/// Cell condition against the truth of a sample batch: every damaged cell flagged, blank cells blank, sound written
/// cells accepted. `SOHOA_SAMPLES` points the tests at a larger generated batch (`scripts/make-samples --preset bench
/// --seed 5 --out /tmp/damage5`); `SOHOA_CELL_REPORT=path` also writes every cell's measures to a TSV file.
@Suite struct CellConditionTests {
    struct Measured: Sendable {
        var truth: LedgerCellTruth
        var condition: CellCondition
        var seconds: Double
    }

    /// Every cell of the batch that lies wholly inside its levelled frame, measured once for all the tests.
    static let measured = measure(insetMM: 0.3)

    /// Measures the cells of the batch that `include` picks, each given as its rectangle between the ruling lines'
    /// centres moved in by `insetMM` (0.3 mm is just inside a heavy line, 0 cuts lines in half).
    static func measure(insetMM: Double, include: (LedgerCellTruth) -> Bool = { _ in true }) -> [Measured] {
        var results: [Measured] = []
        let frames = Dictionary(grouping: LedgerCellTruth.all.filter(include), by: \.frameKey)
        for key in frames.keys.sorted() {
            guard let cells = frames[key],
                let entry = SampleFiles.all.first(where: { $0.book == key.book && $0.file == key.file }),
                entry.frames.indices.contains(key.frame)
            else { continue }
            let frame = entry.frames[key.frame]
            guard
                let levelled = try? LedgerCellTruth.LevelledFrame(
                    url: entry.url, frame: key.frame, rotation: frame.rotation, skewDegrees: frame.skewDegrees)
            else { continue }
            let inset = insetMM * Double(frame.trueDpi) / 25.4
            for cell in cells {
                guard let rect = cell.rect(in: levelled, inset: inset) else { continue }
                let start = DispatchTime.now().uptimeNanoseconds
                guard let condition = try? CellCondition.measure(rect, in: levelled.image, dpi: frame.trueDpi) else {
                    continue
                }
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                results.append(Measured(truth: cell, condition: condition, seconds: seconds))
            }
        }
        return results
    }

    static var damaged: [Measured] { measured.filter { $0.truth.damage != nil } }
    static var soundWritten: [Measured] { measured.filter { $0.truth.damage == nil && !$0.truth.blank } }
    static var soundBlank: [Measured] { measured.filter { $0.truth.damage == nil && $0.truth.blank } }

    @Test func everyCellOfTheBatchIsMeasured() {
        #expect(Self.measured.count >= LedgerCellTruth.all.count * 95 / 100)
    }

    /// Damaged cells are not accepted: at least 98 % of them flagged with some kind, or (on a bilevel page, where
    /// faded and blurred writing thresholds away) marked `writingMayBeLost`, which routing must not take as empty or
    /// as read. What a scan cannot show is the rest: a stain on a bilevel page, a tear that takes a sliver of a corner.
    @Test func damagedCellsAreFlagged() {
        let damaged = Self.damaged
        #expect(!damaged.isEmpty)
        let missed = damaged.filter { $0.condition.damage.isEmpty && !$0.condition.writingMayBeLost }
        #expect(missed.count * 100 <= damaged.count * 2, "\(missed.map { "\($0.truth.label): \($0.condition)" })")
        // Where the page shows the damage, its kind is among those found (blur may read as faded, and the reverse).
        let shown = damaged.filter { !$0.condition.bilevel && $0.truth.damage != "blur" && $0.truth.damage != "faded" }
        let named = shown.filter { cell in
            cell.truth.damage.flatMap(CellDamage.init(rawValue:)).map(cell.condition.damage.contains) ?? false
        }
        #expect(named.count * 100 >= shown.count * 95, "\(shown.count - named.count) of \(shown.count) not named")
    }

    /// Blank cells are blank; written ones, faded ones included, are not (a bilevel scan may lose faded writing).
    @Test func blankCellsAreTheEmptyOnes() {
        let blank = Self.soundBlank
        #expect(!blank.isEmpty)
        #expect(blank.count { $0.condition.blank } * 100 >= blank.count * 98, "\(blank.count { !$0.condition.blank }) blank cells judged written")
        for cell in Self.soundWritten { #expect(!cell.condition.blank, "\(cell.truth.label)") }
        for cell in Self.damaged where cell.truth.damage == "faded" && !cell.condition.bilevel {
            #expect(!cell.condition.blank, "faded \(cell.truth.label)")
        }
    }

    /// Sound written cells are accepted: at most 2 % of them flagged, in each hand.
    @Test(arguments: ["printed", "handwritten"])
    func soundWrittenCellsAreAccepted(hand: String) {
        let cells = Self.soundWritten.filter { $0.truth.hand == hand }
        let flagged = cells.filter { !$0.condition.damage.isEmpty }
        #expect(flagged.count * 100 <= cells.count * 2, "\(flagged.count) of \(cells.count): \(flagged.prefix(5).map(\.truth.label))")
    }

    /// The verdicts hold when the rectangle cuts the ruling lines in half, or stops 1 mm short of them (a grid found
    /// on the page is never exact): damaged cells held stay held, and sound cells (one in four, measured again) keep
    /// their verdicts.
    @Test(arguments: [0.0, 1.3])
    func verdictsHoldWhereverTheRectangleStandsBetweenTheLines(insetMM: Double) {
        let picked = Set(Self.measured.enumerated().filter { $0.element.truth.damage != nil || $0.offset % 4 == 0 }
            .map { $0.element.truth.label })
        let again = Self.measure(insetMM: insetMM) { picked.contains($0.label) }
        let before = Dictionary(Self.measured.map { ($0.truth.label, $0.condition) }, uniquingKeysWith: { first, _ in first })
        #expect(again.count >= picked.count * 95 / 100)
        for cell in again {
            let c = cell.condition
            if cell.truth.damage != nil {
                let heldBefore = before[cell.truth.label].map { !$0.damage.isEmpty || $0.writingMayBeLost } ?? false
                #expect(!c.damage.isEmpty || c.writingMayBeLost || !heldBefore, "\(cell.truth.label): \(c)")
            } else if let earlier = before[cell.truth.label] {
                #expect(c.damage == earlier.damage && c.blank == earlier.blank, "\(cell.truth.label): \(c)")
            }
        }
    }

    /// The table of flag rates, on stdout; with `SOHOA_CELL_REPORT`, every measure in a TSV file.
    @Test func report() throws {
        print(CellConditionReport(Self.measured).text)
        if let path = ProcessInfo.processInfo.environment["SOHOA_CELL_REPORT"] {
            try CellConditionReport(Self.measured).tsv.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}

extension LedgerCellTruth {
    var label: String { "\(book)/\(file)#\(frame) \(side) row \(row) \(column) [\(damage ?? "sound")] \(variant) \(dpi) dpi" }
}
