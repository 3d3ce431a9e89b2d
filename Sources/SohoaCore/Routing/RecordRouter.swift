/// Decides every field of one record: parses each reading into the value the national sheet wants, checks it
/// against the reference lists and the other fields of the record, and accepts it only when nothing speaks against
/// it: a sharp cell, a confident reading without a near rival, a value that parses, is known and is consistent.
/// Anything else goes to review with its reasons, decoded (`RecordDecoding`): pre-filled with its likeliest
/// candidate, and accepted with it only when the decoder is sure (never a name).
public struct RecordRouter: Sendable {
    public let lexicons: RegisterLexicons
    public let policy: RoutingPolicy

    public init(lexicons: RegisterLexicons, policy: RoutingPolicy = .calibrated) {
        self.lexicons = lexicons
        self.policy = policy
    }

    /// The decisions for `cells` (one per pipeline column, in any order), one per export column; fields in doubt
    /// are decoded against what `book` and the reference lists know.
    public func route(_ cells: [RecordCell], book: BookContext = .none) -> [FieldDecision] {
        var decisions: [FieldDecision] = []
        let registered = cells.first { $0.column.fields == ["ngayDangKy"] }.flatMap { try? DateReading.date($0.evidence.text) }
        for cell in cells {
            decisions += decide(cell, registeredOn: registered)
        }
        Self.checkGroups(cells, &decisions)
        RecordChecks.apply(to: &decisions)
        Self.distrustMostlyDoubtfulRecords(&decisions)
        RecordDecoding(
            decoder: FieldDecoder(lexicons: lexicons, book: book), acceptance: policy.decodedAcceptance,
            isValid: { value, type in type != .place || lexicons.places.match(value).isKnown },
            unchecked: UncheckedPlaceParts(places: lexicons.places), placeReading: policy.checked.minimumConfidence
        ).apply(cells, to: &decisions)
        // The rules again, for the values the decoding accepted.
        RecordChecks.apply(to: &decisions, acceptedOnly: true)
        return decisions
    }

    /// When most written fields of a record are in doubt, the recogniser is not reading this hand: its few confident
    /// readings are no safer than the rest, and go to review with them.
    static func distrustMostlyDoubtfulRecords(_ decisions: inout [FieldDecision]) {
        let written = decisions.filter { !$0.text.isEmpty }
        let doubtful = written.filter { $0.status == .review }
        guard written.count >= 4, doubtful.count * 2 > written.count else { return }
        for index in decisions.indices where decisions[index].status == .accepted { decisions[index].flag(.recordDoubtful) }
    }

    /// Columns that are written together: when some of a group are written, its blank ones are missing.
    static func checkGroups(_ cells: [RecordCell], _ decisions: inout [FieldDecision]) {
        let groups = Dictionary(grouping: cells.filter { $0.column.together != nil }) { $0.column.together ?? "" }
        for members in groups.values {
            let blank = members.filter { $0.evidence.blank || $0.evidence.text.isEmpty }
            guard !blank.isEmpty, blank.count < members.count else { continue }
            let names = Set(blank.flatMap(\.column.fields))
            for index in decisions.indices where names.contains(decisions[index].name) { decisions[index].flag(.missingValue) }
        }
    }

    /// The reasons that hold for every field of a cell, before its value is looked at.
    func readingReasons(_ cell: RecordCell, confidence: Double) -> [ReviewReason] {
        let evidence = cell.evidence
        guard !evidence.blank else { return cell.pageReasons + evidence.damage }
        let reading = CellEvidence.LineEvidence(confidence: confidence, markRival: evidence.markRival, rival: evidence.rival)
        var limits = policy.thresholds(for: cell.column.type)
        // A place is judged by its hamlets and numbers (`judgedConfidence`), which no list checks: as free text.
        if cell.column.type == .place { limits.minimumConfidence = max(limits.minimumConfidence, policy.free.minimumConfidence) }
        var reasons = doubts(reading, text: evidence.text, limits: limits)
        // A digit's rival makes another valid value: as sure as a rival making another listed one (`knownRivalFloor`).
        if !reasons.contains(.lowConfidence), RivalReadings(evidence: evidence).digitRival(floor: policy.knownRivalFloor) {
            reasons.append(.lowConfidence)
        }
        return cell.pageReasons + evidence.damage + reasons
    }

    /// The confidence a cell's reading is judged by: its lowest word confidence; but the words of a known place that
    /// name its units are checked by the list (a misread would have to make another unit inside the same ones), so
    /// there only the others count: hamlets and numbers.
    func judgedConfidence(_ cell: RecordCell) -> Double {
        let evidence = cell.evidence
        guard cell.column.type == .place, !evidence.words.isEmpty, lexicons.places.match(evidence.text).isKnown else {
            return evidence.confidence
        }
        let namingUnits = lexicons.places.partsNamingUnits(evidence.text)
        var part = 0
        var lowest = 1.0
        for word in evidence.words {
            let checked = part < namingUnits.count && namingUnits[part] && !word.text.contains(where: \.isNumber)
            if !checked && word.text.contains(where: { $0.isLetter || $0.isNumber }) { lowest = min(lowest, word.confidence) }
            part += word.text.count { $0 == "," }
        }
        return lowest
    }

    /// What speaks against trusting a reading: nothing read, a low confidence, a near rival, letters that are not
    /// Vietnamese writing.
    func doubts(_ reading: CellEvidence.LineEvidence, text: String, limits: RoutingPolicy.Thresholds) -> [ReviewReason] {
        var reasons: [ReviewReason] = []
        if text.registerText.isEmpty { reasons.append(.unread) }
        if reading.confidence < limits.minimumConfidence || reading.rival >= limits.rivalLimit { reasons.append(.lowConfidence) }
        if reading.markRival >= limits.markRivalLimit { reasons.append(.ambiguousDiacritic) }
        if text.contains(where: { $0.isLetter && !$0.isVietnameseLetter }) { reasons.append(.lowConfidence) }
        // A stray mark read at either end (`Thanh Hóa -`, `: Đinh`) or standing alone between words (`Thạch - Thành`)
        // is most often a speck or a piece of ruling, not the registrar's; a person decides (`Bà Rịa - Vũng Tàu` too).
        let line = text.registerText
        let ends = [line.first, line.last].compactMap { $0 }
        let words = line.split(separator: " ")
        let loneMarks = words.filter { $0.allSatisfy { !$0.isLetter && !$0.isNumber } }
        // ... and so is one glued to the start of a word (`mạch mán -ão`), where writing has no mark but a bracket.
        let markedStarts = words.filter { word in word.first.map { !$0.isLetter && !$0.isNumber && $0 != "(" } ?? false }
        if ends.contains(where: { !$0.isLetter && !$0.isNumber && !").".contains($0) }) || !loneMarks.isEmpty || !markedStarts.isEmpty {
            reasons.append(.lowConfidence)
        }
        // A number of strokes alone (`II`, `I`, `1I`): Roman or Arabic (`Xóm II`, `Xóm 11`), no recogniser can tell.
        if words.contains(where: Self.isStrokeNumber) { reasons.append(.lowConfidence) }
        return reasons
    }

    /// Whether a free-text reading is one letter or digit at most (`4`, `l.`): a note or a notice number has more,
    /// and a lone character in a blank cell is more often a speck, a tick or the reverse side showing through.
    static func isLoneCharacter(_ text: String) -> Bool {
        text.count(where: { $0.isLetter || $0.isNumber }) < 2
    }

    /// A word (a trailing comma or full stop aside) of upright strokes only, a letter among them: `I`, `II`, `Il`, `1I`.
    static func isStrokeNumber(_ word: Substring) -> Bool {
        let bare = word.prefix { $0 != "," && $0 != "." }
        return !bare.isEmpty && bare.allSatisfy { "Il1|".contains($0) } && bare.contains(where: \.isLetter)
    }

    private func decide(_ cell: RecordCell, registeredOn registered: CalendarDate?) -> [FieldDecision] {
        let judged = judgedConfidence(cell)
        let reasons = readingReasons(cell, confidence: judged)
        let evidence = cell.evidence
        let fields = cell.column.fields
        if evidence.blank || evidence.text.isEmpty {
            let missing: [ReviewReason] = cell.column.optional == true || cell.column.together != nil ? [] : [.missingValue]
            return fields.map { FieldDecision(name: $0, text: "", value: "", confidence: evidence.confidence, reasons: reasons + missing) }
        }
        let text = evidence.text
        func one(_ value: String, _ valueReasons: [ReviewReason] = []) -> [FieldDecision] {
            [FieldDecision(name: fields[0], text: text, value: value, confidence: evidence.confidence, reasons: reasons + valueReasons)]
        }
        func parsed(_ parse: () throws(ValueError) -> String) -> [FieldDecision] {
            do throws(ValueError) { return one(try parse()) } catch { return one(text, [ReviewReason(error)]) }
        }
        switch cell.column.type {
        case .date: return parsed { () throws(ValueError) in try DateReading.date(text).exported }
        case .year: return parsed { () throws(ValueError) in String(try DateReading.year(text)) }
        case .dateOrYear: return parsed { () throws(ValueError) in try DateReading.dateOrYear(text) }
        case .sex: return parsed { () throws(ValueError) in try FieldValues.sex(text) }
        case .number:
            guard let registered else { return one(text, [.registrationDateUnsure]) }
            return parsed { () throws(ValueError) in try FieldValues.registrationNumber(text, registeredOn: registered) }
        case .name: return checked(reasons, of: cell, value: text, confidence: judged, unknown: .unknownName, isKnown: isName)
        case .place:
            return checked(reasons, of: cell, value: text, confidence: judged, unknown: .unknownPlace) { lexicons.places.match($0).isKnown }
        case .ethnic:
            // Exported under the name the code list gives the group.
            return checked(
                reasons, of: cell, value: text, exported: lexicons.ethnicGroups.group(named: text)?.name, confidence: judged,
                unknown: .unknownEthnic) { lexicons.ethnicGroups.group(named: $0) != nil }
        case .nationality:
            return checked(reasons, of: cell, value: text, confidence: judged, unknown: .unknownNationality, isKnown: Nationality.isKnown)
        case .text:
            if Self.isLoneCharacter(text) { return one(text, [.lowConfidence]) }
            // A common phrase misread by a mark or a letter (`Đột quy` for `Đột quỵ`) is for a person.
            return one(text, CommonPhrases(cell.column.common ?? []).doubt(text).map { [$0] } ?? [])
        case .dateTime: return dateAndTime(cell, text: text, reasons: reasons)
        case .nameRelation: return nameAndRelation(cell, reasons: reasons)
        }
    }

    private func isName(_ text: String) -> Bool { lexicons.names.check(text).isKnown }

    /// The decision for a value a reference list checks (exported as written, or as `exported`): `unknown` when the
    /// list does not know it, and no doubt about its marks when the list settles them (`MarkRivals`).
    private func checked(
        _ reasons: [ReviewReason], of cell: RecordCell, value: String, exported: String? = nil, confidence: Double,
        unknown: ReviewReason, isKnown: (String) -> Bool
    ) -> [FieldDecision] {
        [FieldDecision(name: cell.column.fields[0], text: cell.evidence.text, value: exported ?? value, confidence: confidence,
                       reasons: listReasons(reasons, of: cell, value: value, line: nil, unknown: unknown, isKnown: isKnown))]
    }

    /// `reasons` with what a reference list says of `value` (the reading of `line`, or of the whole cell).
    private func listReasons(
        _ reasons: [ReviewReason], of cell: RecordCell, value: String, line: Int?, unknown: ReviewReason,
        isKnown: (String) -> Bool
    ) -> [ReviewReason] {
        guard isKnown(value) else { return reasons + [unknown] }
        // A rival the list knows as well (`Linh` for `Tinh`): the list cannot vouch for the reading.
        if RivalReadings(evidence: cell.evidence).knownRival(line: line, floor: policy.knownRivalFloor, isKnown: isKnown) {
            return reasons + [.lowConfidence]
        }
        let rivals = MarkRivals(evidence: cell.evidence, limit: policy.thresholds(for: cell.column.type).markRivalLimit)
        guard reasons.contains(.ambiguousDiacritic), rivals.areSettled(line: line, isKnown: isKnown) else { return reasons }
        return reasons.filter { $0 != .ambiguousDiacritic }
    }

    private func dateAndTime(_ cell: RecordCell, text: String, reasons: [ReviewReason]) -> [FieldDecision] {
        let fields = cell.column.fields
        let confidence = cell.evidence.confidence
        do throws(ValueError) {
            let (date, time) = try FieldValues.dateAndTime(text)
            return [
                FieldDecision(name: fields[0], text: text, value: date, confidence: confidence, reasons: reasons),
                FieldDecision(name: fields[1], text: text, value: time ?? "", confidence: confidence, reasons: reasons),
            ]
        } catch {
            return fields.map { FieldDecision(name: $0, text: text, value: text, confidence: confidence, reasons: reasons + [ReviewReason(error)]) }
        }
    }

    private func nameAndRelation(_ cell: RecordCell, reasons: [ReviewReason]) -> [FieldDecision] {
        let fields = cell.column.fields
        let confidence = cell.evidence.confidence
        let lines = cell.evidence.lines.map(\.registerText).filter { !$0.isEmpty }
        guard lines.count == 2 else {
            let text = cell.evidence.text
            return fields.map { FieldDecision(name: $0, text: text, value: text, confidence: confidence, reasons: reasons + [.lineCount]) }
        }
        // Each line is its own field: it is judged by its own reading when the recogniser gave one per line.
        let shared = cell.pageReasons + cell.evidence.damage
        let perLine = cell.evidence.perLine.count == 2
            ? cell.evidence.perLine.enumerated().map {
                shared + doubts($0.element, text: lines[$0.offset], limits: policy.thresholds(for: cell.column.type))
            }
            : [reasons, reasons]
        let (name, relation) = (lines[0], lines[1])
        return [
            FieldDecision(name: fields[0], text: name, value: name, confidence: cell.evidence.perLine.first?.confidence ?? confidence,
                          reasons: listReasons(perLine[0], of: cell, value: name, line: 0, unknown: .unknownName, isKnown: isName)),
            FieldDecision(name: fields[1], text: relation, value: relation, confidence: cell.evidence.perLine.last?.confidence ?? confidence,
                          reasons: listReasons(perLine[1], of: cell, value: relation, line: 1, unknown: .unknownRelation,
                                               isKnown: Kinship.isRelation)),
        ]
    }
}

extension ReviewReason {
    /// The review reason of a value that could not be parsed.
    init(_ error: ValueError) {
        self = ReviewReason(rawValue: error.rawValue) ?? .lowConfidence
    }
}
