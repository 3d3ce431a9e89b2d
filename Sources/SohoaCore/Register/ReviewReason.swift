/// Why a field waits for a person: the fixed vocabulary that `records.jsonl` and `sohoa status` report (SPEC.md).
public enum ReviewReason: String, Sendable, Codable, CaseIterable, Comparable {
    // The cell's image.
    case blur, smudge, faded, stain, torn
    /// A blank-looking cell of a bilevel scan: faded or blurred writing thresholds away entirely in such scans.
    case writingMayBeLost = "writing-may-be-lost"
    /// The cell's writing runs on past the grid's outer ruling: what was read inside the ruling may lack letters
    /// (or the ruling found was not the grid's edge).
    case writingPastRulings = "writing-past-rulings"
    /// Written at a resolution too low to read with certainty (under 150 dpi).
    case lowResolution = "low-resolution"
    // The reading.
    case lowConfidence = "low-confidence"
    /// A tone or vowel mark that the recogniser nearly read as another (quyển/quyến).
    case ambiguousDiacritic = "ambiguous-diacritic"
    /// Ink in the cell, but nothing the recogniser could read.
    case unread
    /// A cell of two lines (name, then relation) that did not read as two lines.
    case lineCount = "line-count"
    // The value.
    case invalidDate = "invalid-date"
    case invalidYear = "invalid-year"
    case invalidSex = "invalid-sex"
    case invalidNumber = "invalid-number"
    case invalidTime = "invalid-time"
    case unknownPlace = "unknown-place"
    case unknownName = "unknown-name"
    case unknownEthnic = "unknown-ethnic"
    case unknownNationality = "unknown-nationality"
    case unknownRelation = "unknown-relation"
    // The record and the book.
    /// A cell the register always fills (or fills with its group) reads blank.
    case missingValue = "missing-value"
    /// Dates out of order: born after the registration, died after it.
    case dateOrder = "date-order"
    /// A parent not 15 to 55 years older than the child.
    case parentAge = "parent-age"
    /// A registration number whose year comes from a registration date that itself waits for a person.
    case registrationDateUnsure = "registration-date-unsure"
    /// Most written fields of the record could not be trusted (as with handwriting the recogniser does not read
    /// well): then none of them is, a confident reading among them being as likely wrong as right.
    case recordDoubtful = "record-doubtful"
    /// Too few of the row's cells hold writing for a record, too many for stray marks on a blank row
    /// (`RowPresence.uncertain`): a person decides whether it is a record at all.
    case rowMayBeBlank = "row-may-be-blank"
    /// A registration number that does not follow its neighbours.
    case sequenceGap = "sequence-gap"
    /// A registration date earlier than the one before it in the book, or later than the one after.
    case dateSequence = "date-sequence"
    case doubleEntryMismatch = "double-entry-mismatch"
    // The page.
    case layoutUncertain = "layout-uncertain"
    case splitUncertain = "split-uncertain"
    case orientationUncertain = "orientation-uncertain"
    case skewUncertain = "skew-uncertain"
    /// The page's ruled grid did not show the pipeline's columns, or a row line was missing.
    case gridUncertain = "grid-uncertain"
    /// The two pages of the opening do not have the same number of rows.
    case rowMismatch = "row-mismatch"
    /// The opening lacks one of its pages.
    case pageMissing = "page-missing"
    /// The pages were paired by reading order or by the sides their numbers stand on, not by numbers that follow
    /// each other.
    case pairingUncertain = "pairing-uncertain"

    public static func < (lhs: ReviewReason, rhs: ReviewReason) -> Bool {
        let order = allCases
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}
