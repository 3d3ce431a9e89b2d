import Foundation

/// Decodes a reading against what its column can hold: the candidates for a field, each with its probability,
/// scored by how well the recogniser's reading (and its runner-up characters) supports it and how likely the book
/// makes it. Columns without a vocabulary or a form (free text, registration numbers) are not decoded; a date-and-
/// time column is decoded as a date for its date and as a time of day for its time (`RecordDecoding`).
public struct FieldDecoder: Sendable {
    public let lexicons: RegisterLexicons
    public let book: BookContext

    public init(lexicons: RegisterLexicons, book: BookContext) {
        self.lexicons = lexicons
        self.book = book
    }

    /// What a decoding knows of the record the field belongs to.
    public struct RecordFacts: Sendable, Equatable {
        /// The registration date, when it is sure enough to bound the others.
        public var registered: CalendarDate?
        /// The year the person registered was born.
        public var bornYear: Int?
        /// The dates the registration lies between, from the rows around it (`RegistrationDateWindows`).
        public var registrationWindow: ClosedRange<CalendarDate>?

        public init(registered: CalendarDate? = nil, bornYear: Int? = nil, registrationWindow: ClosedRange<CalendarDate>? = nil) {
            self.registered = registered
            self.bornYear = bornYear
            self.registrationWindow = registrationWindow
        }
    }

    /// Every candidate (the caller keeps the first few), most probable first, for the field `name` of `type`, read as
    /// `text` (one line of the cell's `evidence`: the runner-up characters count only when `text` is the whole
    /// reading); `current` is the value routing gave it, which stands for every value outside the vocabulary. Empty
    /// when the column is not decoded.
    public func candidates(
        field name: String, type: FieldType, text: String, evidence: CellEvidence, current: String, record: RecordFacts
    ) -> [FieldCandidate] {
        let reading = text.registerText
        guard reading.contains(where: { $0.isLetter || $0.isNumber }) else { return [] }
        let confidence = text == evidence.text ? evidence.confidence : 0
        let cost = ReadingCost(
            runnersUp: text == evidence.text ? RunnersUp.of(evidence) : [:], firmness: ReadingCost.firmness(confidence: confidence))
        let glyphs = Glyph.of(reading)
        let outside = CandidateRanking.Scored(value: current, cost: Self.outsideCost(glyphs), prior: 0)
        // The hypotheses' priors are scaled to share what the value being outside them leaves.
        func ranked(_ hypotheses: [Hypothesis], outsidePrior: Double) -> [FieldCandidate] {
            let scale = (1 - outsidePrior) / max(hypotheses.reduce(0) { $0 + $1.prior }, 1e-12)
            var scored: [CandidateRanking.Scored] = []
            var limit = Double.infinity
            for hypothesis in hypotheses {
                let value = cost.cost(of: glyphs, against: hypothesis.glyphs, limit: limit)
                guard value.isFinite else { continue }
                scored.append(.init(value: hypothesis.value, cost: value, prior: hypothesis.prior * scale))
                limit = min(limit, value + Self.reach)
            }
            var out = outside
            out.prior = outsidePrior
            return CandidateRanking.rank(scored, outside: out)
        }
        switch type {
        case .sex: return ranked([Hypothesis(written: "Nam", value: "1"), Hypothesis(written: "Nữ", value: "2")], outsidePrior: 0.02)
        case .ethnic:
            let groups = lexicons.ethnicGroups.groups.flatMap { group in
                ([group.name] + group.variants).map { Hypothesis(written: $0, value: group.name) }
            }
            return ranked(groups, outsidePrior: 0.05)
        case .nationality: return ranked([Hypothesis(written: Nationality.vietnam)], outsidePrior: 0.1)
        case .nameRelation where name.hasSuffix("QuanHe"):
            return ranked(Kinship.written.map { Hypothesis(written: $0) }, outsidePrior: 0.05)
        case .name, .nameRelation: return names(glyphs, cost: cost, outside: outside)
        case .place: return places(glyphs, cost: cost, outside: outside)
        case .date: return ranked(dates(field: name, reading: reading, glyphs: glyphs, cost: cost, record: record), outsidePrior: 0.05)
        case .year: return ranked(DateHypotheses.years(birthYears(record: record)), outsidePrior: 0.1)
        case .dateOrYear:
            let years = birthYears(record: record)
            let dates = DateHypotheses.likelyYears(years, reading: glyphs, cost: cost).flatMap { year in
                DateHypotheses.of(reading: reading, in: year)
            }
            // As much weight on a year written alone as on a full date.
            let yearWeight = Double(max(dates.count, 1)) / Double(years.count)
            let yearHypotheses = DateHypotheses.years(years).map { Hypothesis(written: $0.written, prior: yearWeight) }
            return ranked(yearHypotheses + dates, outsidePrior: 0.1)
        case .dateTime: return ranked(TimeHypotheses.all, outsidePrior: 0.1)
        default: return []
        }
    }

    /// `candidates(…)`, worked out once per book context that remembers them.
    func rememberedCandidates(
        field name: String, type: FieldType, text: String, evidence: CellEvidence, current: String, record: RecordFacts
    ) -> [FieldCandidate] {
        let work = { candidates(field: name, type: type, text: text, evidence: evidence, current: current, record: record) }
        guard let memo = book.memo else { return work() }
        let key = [name, text, current, evidence.text, "\(evidence.confidence)", "\(evidence.alternatives.count)",
                   record.registered?.exported ?? "", record.bornYear.map(String.init) ?? "",
                   record.registrationWindow.map { "\($0.lowerBound.exported)-\($0.upperBound.exported)" } ?? ""].joined(separator: "\u{1F}")
        return memo.candidates(key, work)
    }

    /// How far past the best hypothesis so far a hypothesis may cost and still be scored (beyond it its
    /// probability is below e⁻¹²).
    static let reach = 6.0

    /// What the reading costs as a value outside every list: it is read exactly (no change), but it is one string
    /// among all those a hand could write, each letter of it one choice among many: a unit and a half a letter or
    /// digit. A listed value a few changes away is likelier; one many changes away, less.
    static func outsideCost(_ glyphs: [Glyph]) -> Double {
        prefixPrice * Double(glyphs.count { !$0.separates })
    }

    /// Places: the reading's end is matched with the province's units; what comes before them (a hamlet, a
    /// facility) is kept as read.
    private func places(_ glyphs: [Glyph], cost: ReadingCost, outside: CandidateRanking.Scored) -> [FieldCandidate] {
        let reading = glyphs.count
        var scored: [CandidateRanking.Scored] = []
        var limit = Double.infinity
        let text = Array(outside.value)
        var prefixes: [Int: String] = [:]
        for hypothesis in book.places.shortlist(for: glyphs) {
            let (value, skipped) = cost.costOfEnd(of: glyphs, against: hypothesis.glyphs, skip: Self.prefixPrice, limit: limit)
            // What comes before the units ends where a word does.
            guard value.isFinite, skipped == 0 || skipped >= reading || glyphs[skipped - 1].separates else { continue }
            limit = min(limit, value + Self.reach)
            var prefix = ""
            if skipped > 0, skipped <= text.count, text.count == reading {
                prefix = prefixes[skipped] ?? PlacePrefix.corrected(String(text.prefix(skipped)).registerText)
                prefixes[skipped] = prefix
                // Specks and strokes before the place are no hamlet or facility.
                if !prefix.contains(where: { $0.isLetter || $0.isNumber }) { prefix = "" }
            }
            let written = prefix.isEmpty ? hypothesis.written : prefix + " " + UnitKind.continuing(hypothesis.written)
            scored.append(.init(value: written, cost: value, prior: hypothesis.prior))
        }
        var out = outside
        out.prior = 1 - PlaceHypotheses.homeShare - PlaceHypotheses.districtShare - PlaceHypotheses.provinceShare
        return CandidateRanking.rank(scored, outside: out)
    }

    /// Names: the reading's first words are matched with the surnames, the rest with the given names; the
    /// likeliest of each make the candidates. A fifth of the weight is left to names the lists do not hold.
    private func names(_ glyphs: [Glyph], cost: ReadingCost, outside: CandidateRanking.Scored) -> [FieldCandidate] {
        let vocabulary = lexicons.nameVocabulary
        let backwards = Array(glyphs.reversed())
        let backwardCost = cost.part(reversedLength: glyphs.count)
        var surnames: [(hypothesis: Hypothesis, cost: Double, rest: Int)] = []
        for surname in vocabulary.surnames {
            let (price, after) = backwardCost.costOfEnd(of: backwards, against: Array(surname.glyphs.reversed()), skip: 0.01)
            surnames.append((surname, price, glyphs.count - after))
        }
        let likeliest = surnames.sorted { $0.cost - log($0.hypothesis.prior) * CandidateRanking.temperature
            < $1.cost - log($1.hypothesis.prior) * CandidateRanking.temperature }.prefix(Self.namePartsKept)
        let givenPrior = 1 / Double(max(vocabulary.givenNames.hypotheses.count, 1))
        var scored: [CandidateRanking.Scored] = []
        for surname in likeliest {
            var start = surname.rest
            while start < glyphs.count, glyphs[start].separates { start += 1 }
            let rest = Array(glyphs[start...])
            guard !rest.isEmpty else { continue }
            let restCost = cost.part(from: start)
            var given: [(written: String, cost: Double)] = []
            var limit = Double.infinity
            for hypothesis in vocabulary.givenNames.shortlist(for: rest) {
                let price = restCost.cost(of: rest, against: hypothesis.glyphs, limit: limit)
                guard price.isFinite else { continue }
                given.append((hypothesis.written, price))
                limit = min(limit, price + Self.reach)
            }
            for name in given.sorted(by: { $0.cost < $1.cost }).prefix(Self.namePartsKept) {
                scored.append(.init(value: surname.hypothesis.written + " " + name.written, cost: surname.cost + name.cost,
                                    prior: 0.8 * surname.hypothesis.prior * givenPrior))
            }
        }
        var out = outside
        out.prior = 0.2
        return CandidateRanking.rank(scored, outside: out)
    }

    /// How many surnames, and given names for each, are combined into candidates.
    static let namePartsKept = 6

    /// The price of each letter read before the units of a place: text no list holds, priced as the reading is
    /// when it is taken as a value outside the lists.
    static let prefixPrice = 1.5

    /// The window of a date column: registrations in the book's years; births before the registration, the
    /// registered child's within weeks of it most often.
    private func dates(field: String, reading: String, glyphs: [Glyph], cost: ReadingCost, record: RecordFacts) -> [Hypothesis] {
        guard let year = record.registered?.year ?? book.year else { return [] }
        if field == "ngayDangKy" {
            if let window = record.registrationWindow {
                return DateHypotheses.of(reading: reading, from: window.lowerBound, to: window.upperBound)
            }
            guard let first = CalendarDate(day: 1, month: 1, year: year), let last = CalendarDate(day: 31, month: 12, year: year + 2)
            else { return [] }
            return DateHypotheses.of(reading: reading, from: first, to: last)
        }
        // A birth (in a birth register) or a death is registered within days or weeks of it, and never before it.
        if field == "nksNgaySinh" || field == "nktNgayChet", let registered = record.registered {
            return DateHypotheses.of(
                reading: reading, from: registered.earlier(byDays: 3653), to: registered,
                favoured: registered.earlier(byDays: 60)...registered, favourWeight: 20)
        }
        let latest = record.registered ?? CalendarDate(day: 31, month: 12, year: year + 2)
        guard let latest else { return [] }
        let years = DateHypotheses.likelyYears((latest.year - 100)...latest.year, reading: glyphs, cost: cost)
        return years.flatMap { DateHypotheses.of(reading: reading, in: $0) }.filter {
            CalendarDate(exported: $0.value).map { $0 <= latest } ?? false
        }
    }

    /// The years a parent's birth may be in: 15 to 55 years before the child's.
    private func birthYears(record: RecordFacts) -> ClosedRange<Int> {
        if let child = record.bornYear { return (child - 55)...(child - 15) }
        let year = record.registered?.year ?? book.year ?? 2000
        return (year - 100)...year
    }
}
