/// What a place writes before the units it names: a hamlet (`Thôn 3`, `Tổ 9`) or a health facility (`Trạm y tế`,
/// `Bệnh viện đa khoa`). The decoder keeps it as read, but its first words are set right when they read as one of
/// the words such a part begins with (`Tố 9` → `Tổ 9`), and only then: the name or number after them stays as read.
public enum PlacePrefix {
    /// The health facilities a place of death begins with, as registrars write them, longest first.
    public static let facilities = ["Bệnh viện đa khoa", "Trung tâm y tế", "Bệnh viện", "Trạm y tế", "BVĐK", "TTYT", "TYT", "BV"]
    /// The words, as registrars write them (`PlaceWording`'s lists).
    static let words: [String] = PlaceWording.hamletWords.map { $0.prefix(1).uppercased() + $0.dropFirst() } + facilities
    private static let glyphs = words.map { (word: $0, glyphs: Glyph.of($0)) }
    /// At most this much per letter of the word for a reading to be taken as it.
    static let closeness = 0.34

    /// `prefix` with its first words set right, or as it is.
    static func corrected(_ prefix: String) -> String {
        let words = prefix.split(separator: " ").map(String.init)
        var best: (cost: Double, count: Int, word: String)?
        for count in 1...min(4, max(words.count, 1)) where count <= words.count {
            let head = words[0..<count].joined(separator: " ")
            let bare = String(head.reversed().drop { !$0.isLetter && !$0.isNumber }.reversed())
            let read = Glyph.of(bare)
            for (word, glyphs) in glyphs {
                let price = ReadingCost().cost(of: read, against: glyphs) / Double(max(glyphs.count { !$0.separates }, 1))
                if price <= closeness, price < (best?.cost ?? .infinity) { best = (price, count, word + head.dropFirst(bare.count)) }
            }
        }
        guard let best else { return prefix }
        return ([best.word] + words.dropFirst(best.count)).joined(separator: " ")
    }
}
