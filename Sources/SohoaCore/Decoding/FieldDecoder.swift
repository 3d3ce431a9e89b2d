/// Decodes a reading against what its column can hold: the candidates for a field, each with its probability,
/// scored by how well the recogniser's reading (and its runner-up characters) supports it and how likely the book
/// makes it. Columns without a vocabulary or a form (free text, times, registration numbers) are not decoded.
public struct FieldDecoder: Sendable {
    public let lexicons: RegisterLexicons
    public let book: BookContext

    public init(lexicons: RegisterLexicons, book: BookContext) {
        self.lexicons = lexicons
        self.book = book
    }

    /// What a decoding knows of the record the field belongs to.
    public struct RecordFacts: Sendable {
        /// The registration date, when it is sure enough to bound the others.
        public var registered: CalendarDate?
        /// The year the person registered was born.
        public var bornYear: Int?

        public init(registered: CalendarDate? = nil, bornYear: Int? = nil) {
            self.registered = registered
            self.bornYear = bornYear
        }
    }

    /// The candidates for the field `name` of `type`, read as `text` (one line of the cell's `evidence`: the
    /// runner-up characters count only when `text` is the whole reading); `current` is the value routing gave it,
    /// which stands for every value outside the vocabulary. Empty when the column is not decoded.
    public func candidates(
        field name: String, type: FieldType, text: String, evidence: CellEvidence, current: String, record: RecordFacts
    ) -> [FieldCandidate] {
        let reading = text.registerText
        guard reading.contains(where: { $0.isLetter || $0.isNumber }) else { return [] }
        let cost = ReadingCost(runnersUp: text == evidence.text ? RunnersUp.of(evidence) : [:])
        let glyphs = Glyph.of(reading)
        let confidence = text == evidence.text ? evidence.confidence : 0
        let outside = CandidateRanking.Scored(value: current, cost: Self.outsideCost(glyphs, confidence: confidence), prior: 0)
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
        case .nationality: return ranked([Hypothesis(written: "Việt Nam")], outsidePrior: 0.1)
        case .nameRelation where name.hasSuffix("QuanHe"):
            return ranked(Kinship.written.map { Hypothesis(written: $0) }, outsidePrior: 0.05)
        case .place: return places(glyphs, cost: cost, outside: outside)
        case .date: return ranked(dates(field: name, reading: reading, glyphs: glyphs, cost: cost, record: record), outsidePrior: 0.05)
        case .year: return ranked(DateHypotheses.years(birthYears(field: name, record: record)), outsidePrior: 0.1)
        case .dateOrYear:
            let years = birthYears(field: name, record: record)
            let dates = DateHypotheses.likelyYears(years, reading: glyphs, cost: cost).flatMap { year in
                DateHypotheses.of(reading: reading, in: year)
            }
            // As much weight on a year written alone as on a full date.
            let yearWeight = Double(max(dates.count, 1)) / Double(years.count)
            let yearHypotheses = DateHypotheses.years(years).map { Hypothesis(written: $0.written, prior: yearWeight) }
            return ranked(yearHypotheses + dates, outsidePrior: 0.1)
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
                   record.registered?.exported ?? "", record.bornYear.map(String.init) ?? ""].joined(separator: "\u{1F}")
        return memo.candidates(key, work)
    }

    /// How far past the best hypothesis so far a hypothesis may cost and still be scored (beyond it its
    /// probability is below e⁻¹²).
    static let reach = 6.0

    /// What the reading costs as a value outside every list: nothing when the recogniser was sure of each
    /// character, up to two units a character when it was not sure at all.
    static func outsideCost(_ glyphs: [Glyph], confidence: Double) -> Double {
        2 * Double(glyphs.count { !$0.separates }) * (1 - min(max(confidence, 0), 1))
    }

    /// Places: the reading's end is matched with the province's units; what comes before them (a hamlet, a
    /// facility) is kept as read.
    private func places(_ glyphs: [Glyph], cost: ReadingCost, outside: CandidateRanking.Scored) -> [FieldCandidate] {
        let reading = glyphs.count
        var scored: [CandidateRanking.Scored] = []
        var limit = Double.infinity
        let text = Array(outside.value)
        var prefixes: [Int: String] = [:]
        for hypothesis in book.places {
            let (value, skipped) = cost.costOfEnd(of: glyphs, against: hypothesis.glyphs, skip: Self.prefixPrice, limit: limit)
            guard value.isFinite else { continue }
            limit = min(limit, value + Self.reach)
            var prefix = ""
            if skipped > 0, skipped <= text.count, text.count == reading {
                prefix = prefixes[skipped] ?? PlacePrefix.corrected(String(text.prefix(skipped)).registerText)
                prefixes[skipped] = prefix
            }
            let written = prefix.isEmpty ? hypothesis.written : prefix + " " + hypothesis.written.prefix(1).lowercased() + hypothesis.written.dropFirst()
            scored.append(.init(value: written, cost: value, prior: hypothesis.prior))
        }
        var out = outside
        out.prior = 1 - PlaceHypotheses.homeShare - PlaceHypotheses.districtShare - PlaceHypotheses.provinceShare
        return CandidateRanking.rank(scored, outside: out)
    }

    /// The price of each letter read before the units of a place (a hamlet's or a facility's).
    static let prefixPrice = 0.5

    /// The window of a date column: registrations in the book's years; births before the registration, the
    /// registered child's within weeks of it most often.
    private func dates(field: String, reading: String, glyphs: [Glyph], cost: ReadingCost, record: RecordFacts) -> [Hypothesis] {
        guard let year = record.registered?.year ?? book.year else { return [] }
        if field == "ngayDangKy" {
            guard let first = CalendarDate(day: 1, month: 1, year: year), let last = CalendarDate(day: 31, month: 12, year: year + 2)
            else { return [] }
            return DateHypotheses.of(reading: reading, from: first, to: last)
        }
        if field == "nksNgaySinh", let registered = record.registered {
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
    private func birthYears(field: String, record: RecordFacts) -> ClosedRange<Int> {
        if let child = record.bornYear { return (child - 55)...(child - 15) }
        let year = record.registered?.year ?? book.year ?? 2000
        return (year - 100)...year
    }
}
