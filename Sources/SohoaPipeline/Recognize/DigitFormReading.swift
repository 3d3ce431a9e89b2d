import SohoaCore

/// A date written in digits (`21/4/2013`, `1937`), read a second time by the digits engine. The Vietnamese model
/// misreads handwritten numerals in faces it has not seen far more often than the English one restricted to digits
/// and date punctuation (on the held-out faces of the bench set, digit-form date cells cut to their line: 28% read
/// exactly against 57%); a date written in words (`ngày 6 tháng 5 năm 2013`) only the Vietnamese model reads. So the
/// digits reading is taken when it is a date and the text reading is not, or when both are and it is the surer.
/// When both are dates and not the same one, the two readers disagree: the reading kept has the other as its rival.
struct DigitFormReading {
    /// What the digits engine may read in such a cell.
    static let characters = "0123456789/.-"
    /// The value a reading gives, nil when it is none.
    private let value: (String) -> String?

    /// The second reading for cells of `type`, or nil when the type is not a date that may be written in digits.
    init?(type: FieldType) {
        switch type {
        case .date: value = { try? DateReading.date($0).exported }
        case .dateOrYear: value = { try? DateReading.dateOrYear($0) }
        default: return nil
        }
    }

    private func isValue(_ text: String) -> Bool { value(text) != nil }

    /// `kept`, with `other` as its rival when both read a date and not the same: the other reader's confidence is
    /// its rival's, and where the two lines differ only in single characters, each is a runner-up choice there.
    func rivalled(_ kept: CellEvidence, by other: CellEvidence) -> CellEvidence {
        guard !kept.blank, !other.blank, let mine = value(kept.text), let theirs = value(other.text), mine != theirs else { return kept }
        var rivalled = kept
        rivalled.rival = max(kept.rival, other.confidence)
        guard kept.lines.count == 1, other.lines.count == 1 else { return rivalled }
        let (read, rival) = (Array(kept.lines[0]), Array(other.lines[0]))
        guard read.count == rival.count else { return rivalled }
        for index in read.indices where read[index] != rival[index] {
            var changed = read
            changed[index] = rival[index]
            rivalled.alternatives.append(
                CellEvidence.Alternative(line: 0, symbol: index, text: String(changed), confidence: other.confidence, marksOnly: false))
        }
        return rivalled
    }

    /// How the digits engine reads the cell: its line of heaviest ink, digits and date punctuation only.
    var reading: CellReadingSettings { CellReadingSettings(lines: .one, characters: Self.characters, rivals: true) }

    /// Whether `digits` (this second reading) should stand for the cell instead of `text` (the first).
    func prefers(_ digits: CellEvidence, over text: CellEvidence) -> Bool {
        guard !digits.blank, isValue(digits.text) else { return false }
        guard !text.blank, isValue(text.text) else { return true }
        return digits.confidence > text.confidence
    }
}
