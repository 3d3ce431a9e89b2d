import SohoaCore

/// What the review page proposes for a value typed without marks (`cam huy`, `nguyen van an`): a value the field
/// already knows with those letters (the decoder's candidates, the book's own values, the column's list; a place
/// by any run of its words, or after a health facility's name), else, for a name, the name lists' likeliest
/// spelling. The reviewer takes it with `Alt+0` or types on; what they type with marks is never replaced.
enum TypedProposal {
    static func proposal(for typed: String, known: [String], isName: Bool, isPlace: Bool = false, names: NameTyping?) -> String? {
        let key = words(typed)
        guard typed.isWithoutMarks, key.count >= 2 else { return nil }
        // Each known value's words are worked out once: the list is a province's places in every wording.
        return proposal(forWords: key, known: known.map { (value: $0, words: words($0)) }, isPlace: isPlace)
            ?? (isName ? names?.proposal(for: typed) : nil)
    }

    private static func proposal(forWords key: String, known: [(value: String, words: String)], isPlace: Bool) -> String? {
        guard key.count >= 2 else { return nil }  // what is left after a facility's name
        if let exact = known.first(where: { $0.words == key }) { return exact.value }
        // A health facility named after a unit: `tram y te xa cam hoa` → `Trạm y tế xã Cẩm Hòa`.
        if isPlace, let facility = PlacePrefix.facilities.first(where: { key.hasPrefix(words($0) + " ") }) {
            let rest = String(key.dropFirst(words(facility).count + 1))
            return proposal(forWords: rest, known: known, isPlace: false).map { facility + " " + UnitKind.continuing($0) }
        }
        // A place in the shape it is being typed: with its kind words when they are typed, else without.
        let typesKinds = UnitKind.startsWithKindWord(key)
        let partial = known.filter { " \($0.words) ".contains(" \(key)") }
        return (partial.first { UnitKind.startsWithKindWord($0.words) == typesKinds } ?? partial.first)?.value
    }

    /// The typing key of a value as words alone: `Xã Cẩm Huy, huyện Cẩm Xuyên` → `xa cam huy huyen cam xuyen`.
    private static func words(_ text: String) -> String {
        text.typingKey.split { $0 == " " || $0 == "," }.joined(separator: " ")
    }
}
