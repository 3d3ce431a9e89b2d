/// Whether a ruled row of an opening holds a record, judged from which of its cells hold writing.
///
/// A registrar fills every cell the register always fills (the number, the date, the names…); damage may take a few
/// of them, a missing page half of them. A stain, a seal's edge, a dot, a slip of the pen or bleed-through from the
/// reverse touches one or two cells of a blank row. So the share of the found cells that hold writing tells the two
/// apart with a wide margin on both sides; a row between the two is for a person to decide ("is this a record?").
/// So is a row of marks on a page whose rows are in doubt (its grid is not the form's, its rows not the facing
/// page's): there a record's writing may lie in the row next to where the grid put it. And so is a written row that
/// only pages whose analysis is in doubt show (turned over, a grid not the form's, a spread read as one page): there
/// the row may be the header band of a page read upside down, or half a row the grid cut in two.
public enum RowPresence: Sendable, Equatable {
    /// No cell holds anything: a blank ruled row, no record.
    case blank
    /// Something in a few cells only: marks on a blank row (stains, seals, stray strokes), not a record. Kept, as
    /// a row sohoa dismissed, for a supervisor to give back to the queue; never exported.
    case marksOnly
    /// Too few cells written for a record, too many for stray marks: a person decides.
    case uncertain
    case record

    /// The largest share of written cells, among the cells always filled and among all found, that is still marks
    /// on a blank row: a quarter (one or two cells of a page's seven to ten).
    static let marksShare = 0.25
    /// The smallest share of the cells always filled that are written in a record.
    static let recordShare = 0.5
    /// The page reasons under which a row's cells may not be the row's: no row of marks is dismissed there.
    static let rowsInDoubt: Set<ReviewReason> = [.gridUncertain, .rowMismatch, .pageMissing]
    /// The page reasons under which a band of the page may be no row at all.
    static let bandsInDoubt: Set<ReviewReason> = [.layoutUncertain, .orientationUncertain, .gridUncertain]

    /// Judges a row from `cells`, the cells found on its pages (a missing page gives none). `onOnePageOnly`: the
    /// opening has both its pages but only one has this row (the other's grid ends above it): half a record at most,
    /// whatever it holds, so a person says whether it is one (a page read upside down under a doubt fills such a
    /// row with its own writing turned over).
    public init(_ cells: [RecordCell], onOnePageOnly: Bool = false) {
        let written = cells.filter { !$0.evidence.blank }
        guard !written.isEmpty else {
            self = .blank
            return
        }
        let shownByATrustedPage = written.contains { Self.bandsInDoubt.isDisjoint(with: $0.pageReasons) }
        let record: RowPresence = onOnePageOnly || !shownByATrustedPage ? .uncertain : .record
        let required = cells.filter { $0.column.optional != true && $0.column.together == nil }
        guard !required.isEmpty else {
            self = record
            return
        }
        let requiredShare = Double(required.count { !$0.evidence.blank }) / Double(required.count)
        let writtenShare = Double(written.count) / Double(cells.count)
        if requiredShare >= Self.recordShare {
            self = record
        } else if requiredShare <= Self.marksShare && writtenShare <= Self.marksShare {
            self = cells.contains { !Self.rowsInDoubt.isDisjoint(with: $0.pageReasons) } ? .uncertain : .marksOnly
        } else {
            self = .uncertain
        }
    }
}
