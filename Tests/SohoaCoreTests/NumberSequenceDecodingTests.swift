import SohoaCore
import Testing

/// A registration number in doubt is settled by the book's sequence only when both neighbours and its own reading
/// agree; otherwise the neighbours only propose.
@Suite struct NumberSequenceDecodingTests {
    static func entry(_ value: String, _ text: String, accepted: Bool, _ reasons: [ReviewReason] = []) -> NumberSequenceDecoding.Entry {
        .init(value: value, text: text, accepted: accepted, reasons: accepted ? [] : reasons + [.registrationDateUnsure])
    }

    @Test func bothNeighboursAndTheReadingAgree() {
        let proposals = NumberSequenceDecoding.proposals([
            Self.entry("77/2014", "77", accepted: true),
            Self.entry("78", "78", accepted: false, [.lowConfidence]),
            Self.entry("79/2014", "79", accepted: true),
        ])
        #expect(proposals.map(\.index) == [1])
        #expect(proposals.first?.candidates == [FieldCandidate(value: "78/2014", p: 1)])
        #expect(proposals.first?.accept == true)
    }

    @Test func aMisreadNumberIsProposedRightButNotAccepted() {
        // `4` read where `14` is written: the neighbours know better, but a person confirms.
        let proposals = NumberSequenceDecoding.proposals([
            Self.entry("13/2012", "13", accepted: true),
            Self.entry("4", "4", accepted: false, [.lowConfidence]),
            Self.entry("15/2012", "15", accepted: true),
        ])
        #expect(proposals.first?.candidates == [FieldCandidate(value: "14/2012", p: 2.0 / 3), FieldCandidate(value: "4/2012", p: 1.0 / 3)])
        #expect(proposals.first?.accept == false)
    }

    @Test func aGapInTheSequenceOrAYearTurningIsNeverFilledIn() {
        // A cancelled number leaves room for two: nothing is accepted.
        let gap = NumberSequenceDecoding.proposals([
            Self.entry("13/2012", "13", accepted: true),
            Self.entry("14", "14", accepted: false),
            Self.entry("16/2012", "16", accepted: true),
        ])
        #expect(gap.allSatisfy { !$0.accept })
        // Numbering starts again in a new year: the one after proposes nothing.
        let turning = NumberSequenceDecoding.proposals([
            Self.entry("98/2012", "98", accepted: true),
            Self.entry("99", "99", accepted: false),
            Self.entry("1/2013", "1", accepted: true),
        ])
        #expect(turning.first?.candidates == [FieldCandidate(value: "99/2012", p: 2.0 / 3)])
        #expect(turning.first?.accept == false)
    }

    @Test func aDamagedCellIsNeverAcceptedFromItsNeighbours() {
        let proposals = NumberSequenceDecoding.proposals([
            Self.entry("77/2014", "77", accepted: true),
            Self.entry("78", "78", accepted: false, [.smudge]),
            Self.entry("79/2014", "79", accepted: true),
        ])
        #expect(proposals.first?.accept == false)
    }
}

extension NumberSequenceDecodingTests {
    @Test func aRunOfNumbersInDoubtBetweenTwoAcceptedOnesTakesItsYearFromThem() {
        // Three handwritten numbers read well, their registration dates in doubt: the run 40…44 of 2013 settles them.
        let proposals = NumberSequenceDecoding.proposals([
            Self.entry("40/2013", "40", accepted: true),
            Self.entry("41", "41", accepted: false),
            Self.entry("42", "42", accepted: false),
            Self.entry("48", "48", accepted: false, [.lowConfidence]),
            Self.entry("44/2013", "44", accepted: true),
        ])
        #expect(proposals.map(\.accept) == [true, true, false])
        #expect(proposals.map { $0.candidates.first?.value } == ["41/2013", "42/2013", "43/2013"])
    }
}
