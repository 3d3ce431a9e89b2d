/// The parts a person's name is decoded into: a surname, weighed by how many people carry it, then a middle and
/// given name from the lists (`Thu Hà`), or a traditional middle name before a listed given name (`Văn Nam`,
/// `Thị Lan`), or a given name alone.
struct NameVocabulary: Sendable {
    let surnames: [Hypothesis]
    /// Given names, as a shortlist: there are thousands.
    let givenNames: Shortlist

    init(_ names: PersonNames) {
        let people = Double(max(names.surnamesWritten.reduce(0) { $0 + $1.count }, 1))
        surnames = names.surnamesWritten.map { Hypothesis(written: $0.name, prior: Double(max($0.count, 1)) / people) }
        var seen: Set<String> = []
        var given: [String] = []
        for name in names.givenNamesWritten {
            guard let last = name.split(separator: " ").last.map(String.init) else { continue }
            for form in [name, last] + PersonNames.traditionalMiddleNames.map({ "\($0) \(last)" }) where seen.insert(form.lexiconKey).inserted {
                given.append(form)
            }
        }
        givenNames = Shortlist(hypotheses: given.map { Hypothesis(written: $0) }, alwaysAligned: 0)
    }
}
