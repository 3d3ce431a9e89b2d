/// Decodes the fields of a record that routing left in doubt: each gets its candidates and is pre-filled with the
/// first a reviewer could save as it is (a raw reading that is no date is passed over for the likeliest date); one
/// whose first candidate is probable enough is accepted with it, when every reason it was in doubt is one
/// the decoding answers (how the cell read, what the lists say of the reading), never the image's condition, the
/// page's, or a rule of the record or the book. The registration date is decoded first: it bounds the other dates.
/// What the fields decoded first likely hold ranks the later ones' candidates; only what is accepted may carry an
/// acceptance (a child's birth year misread as 1948 would make a father born in 1913 sure).
struct RecordDecoding {
    let decoder: FieldDecoder
    let acceptance: Double
    /// Whether a value may stand in its column as a whole (a place the lists understand to the last part).
    let isValid: (_ value: String, _ type: FieldType) -> Bool
    /// The hamlets and numbers of places, which no decoding vouches for.
    let unchecked: UncheckedPlaceParts
    /// The confidence below which a place's reading may have lost whole words (`XuUên, Hà Tính` for `Cẩm Hòa, Cẩm
    /// Xuyên, Hà Tĩnh`, at 0.38): the lists check the units read, not that none was lost, so it is not decoded into
    /// an acceptance. A checked value's own minimum.
    let placeReading: Double

    /// The reasons a probable enough candidate answers.
    static let answered: Set<ReviewReason> = [
        .lowConfidence, .ambiguousDiacritic, .recordDoubtful, .invalidDate, .invalidYear, .invalidSex, .unknownPlace,
        .unknownName, .unknownEthnic, .unknownNationality, .unknownRelation,
    ]

    /// Names are decoded for the reviewer only: the name lists are far from every name given in Vietnam, and a
    /// name outside them read fairly well decodes as a listed one a letter away. A person decides every name in doubt.
    /// So are times of day (decoded as `.dateTime`): no set has calibrated their acceptance yet.
    static func neverAccepted(_ field: String, type: FieldType) -> Bool {
        type == .name || (type == .nameRelation && !field.hasSuffix("QuanHe")) || type == .dateTime
    }

    /// The fields whose value bounds the others, in the order they are decoded.
    static let first = ["ngayDangKy"] + RecordChecks.births

    func apply(_ cells: [RecordCell], to decisions: inout [FieldDecision]) {
        var columns: [String: RecordCell] = [:]
        for cell in cells { for field in cell.column.fields { columns[field] = cell } }
        var facts = FieldDecoder.RecordFacts()  // the likely values: what candidates are ranked with
        var sure = FieldDecoder.RecordFacts()  // the accepted values: what an acceptance may rest on
        // The year of the registration date when its candidates agree on it, however unsure its day.
        var registrationYear: Int?
        func learn(_ decision: FieldDecision) {
            let accepted = decision.status == .accepted
            guard accepted || decision.candidates.first.map({ $0.p >= 0.5 && $0.value == decision.value }) == true else { return }
            let date = try? DateReading.date(decision.value)
            func note(_ record: inout FieldDecoder.RecordFacts) {
                if decision.name == "ngayDangKy" { record.registered = date ?? record.registered }
                if RecordChecks.births.contains(decision.name) { record.bornYear = date?.year ?? record.bornYear }
            }
            note(&facts)
            if accepted { note(&sure) }
        }
        for decision in decisions where decision.status == .accepted { learn(decision) }
        let order = decisions.indices.sorted { (Self.first.firstIndex(of: decisions[$0].name) ?? Self.first.count, $0) <
            (Self.first.firstIndex(of: decisions[$1].name) ?? Self.first.count, $1) }
        for index in order where decisions[index].status == .review {
            guard let cell = columns[decisions[index].name] else { continue }
            let decision = decisions[index]
            let field = cell.column.fields.firstIndex(of: decision.name) ?? 0
            let type = Self.decodedType(of: cell.column.type, field: field)
            func decoded(knowing record: FieldDecoder.RecordFacts) -> [FieldCandidate] {
                decoder.rememberedCandidates(
                    field: decision.name, type: type, text: Self.decodedText(of: decision, in: cell, type: type),
                    evidence: cell.evidence, current: decision.value, record: record)
            }
            let candidates = decoded(knowing: facts)
            guard let top = candidates.first else { continue }
            decisions[index].candidates = Array(candidates.prefix(CandidateRanking.kept))
            if decision.name == "ngayDangKy" { registrationYear = Self.sureYear(candidates, bar: acceptance) }
            decisions[index].value = candidates.first { savable($0.value, type: cell.column.type, field: field) }?.value ?? top.value
            if top.listed, top.p >= acceptance, Set(decision.reasons).isSubset(of: Self.answered), isValid(top.value, type),
                !Self.neverAccepted(decision.name, type: type), keepsWhatNoListChecks(top.value, decision: decision, cell: cell),
                let confirmed = facts == sure ? top : decoded(knowing: sure).first, confirmed.value == top.value,
                confirmed.p >= acceptance
            {
                decisions[index].accept(confirmed)
            }
            learn(decisions[index])
        }
        settleNumber(&decisions, year: registrationYear)
    }

    /// A decoded place is accepted only when the lists check all of it (`UncheckedPlaceParts`), from a reading sure
    /// enough that no word of it was lost, and keeping every word read surely (`sureWord`).
    private func keepsWhatNoListChecks(_ value: String, decision: FieldDecision, cell: RecordCell) -> Bool {
        cell.column.type != .place
            || (cell.evidence.confidence >= placeReading && unchecked.mayBeDecoded(value, reading: decision.text)
                && Self.keepsSureWords(of: cell.evidence, in: value))
    }

    /// The confidence at which a word is read surely: the lists may mend it by a letter (`tộc` at 0.97 for `Lộc`), not
    /// replace it (`Đại Hùng, Sảm Sơn` read at 0.96 is not `Quảng Hùng, Sầm Sơn` because the lists know only that).
    static let sureWord = 0.95

    /// Whether each word of `evidence` read at `sureWord` or more is a word of `value` but for a letter or its marks.
    static func keepsSureWords(of evidence: CellEvidence, in value: String) -> Bool {
        let kept = value.split(separator: " ").map { Glyph.of(String($0)).filter { !$0.separates } }
        return evidence.words.allSatisfy { word in
            let read = Glyph.of(word.text).filter { !$0.separates }
            return word.confidence < sureWord || read.isEmpty || kept.contains { Glyph.lettersApart($0, read) <= 1 }
        }
    }

    /// The type field number `field` of a column of `type` is decoded as: the date of a date-and-time cell as a
    /// date, its time as `.dateTime` (a time of day).
    static func decodedType(of type: FieldType, field: Int) -> FieldType {
        type == .dateTime && field == 0 ? .date : type
    }

    /// The reading `decision` is decoded from. A date-and-time cell has its time first (the column is `Giờ, phút,
    /// ngày, tháng, năm`): its date is decoded from the lines under the first, whatever the time's misreading looks
    /// like (`19/10` for `19h10` is no date of death), and its time from the first line. A cell of one line is cut
    /// before `ngày`, or else before a last word written as a date in digits (`4 giờ 45 9/1/2014`); one that cannot
    /// be cut holds no time, and nothing is decoded for its time.
    static func decodedText(of decision: FieldDecision, in cell: RecordCell, type: FieldType) -> String {
        guard cell.column.type == .dateTime else { return decision.text }
        var lines = cell.evidence.lines.map(\.registerText).filter { !$0.isEmpty }
        if lines.count == 1 {
            let words = lines[0].split(separator: " ").map(String.init)
            let dateStart = words.firstIndex { $0.lowercased() == "ngày" }
                ?? (words.count >= 2 && words[words.count - 1].contains { "/.-".contains($0) } ? words.count - 1 : nil)
            if let dateStart, dateStart > 0 {
                lines = [words[..<dateStart].joined(separator: " "), words[dateStart...].joined(separator: " ")]
            }
        }
        guard lines.count >= 2 else { return type == .date ? decision.text : "" }
        return type == .date ? lines.dropFirst().joined(separator: " ") : lines[0]
    }

    /// Whether a reviewer could save `value` as it is in field number `field` of a column of `type`.
    private func savable(_ value: String, type: FieldType, field: Int) -> Bool {
        (try? ReviewedValue.parse(value, type: type, index: field, ethnicGroups: decoder.lexicons.ethnicGroups)) != nil
    }

    /// A registration number takes its year from the registration date: when the date is accepted, or its
    /// candidates agree on its year with the acceptance probability even though its day is in doubt, the number is
    /// as sure as its own digits.
    private func settleNumber(_ decisions: inout [FieldDecision], year decodedYear: Int?) {
        guard let index = decisions.firstIndex(where: { $0.name == "so" }), decisions[index].reasons.contains(.registrationDateUnsure),
            let date = decisions.first(where: { $0.name == "ngayDangKy" })
        else { return }
        let accepted = date.status == .accepted ? (try? DateReading.date(date.value))?.year : nil
        guard let year = accepted ?? decodedYear else { return }
        let number = decisions[index]
        var reasons = number.reasons.filter { $0 != .registrationDateUnsure }
        var value = number.text
        do throws(ValueError) { value = try FieldValues.registrationNumber(number.text, year: year) } catch { reasons.append(ReviewReason(error)) }
        decisions[index] = FieldDecision(name: number.name, text: number.text, value: value, confidence: number.confidence, reasons: reasons)
    }

    /// The year that listed `candidates` of a date agree on with probability `bar` or more.
    static func sureYear(_ candidates: [FieldCandidate], bar: Double) -> Int? {
        var years: [Int: Double] = [:]
        for candidate in candidates where candidate.listed {
            if let day = CalendarDate(exported: candidate.value) { years[day.year, default: 0] += candidate.p }
        }
        return years.first { $0.value >= bar }?.key
    }
}
