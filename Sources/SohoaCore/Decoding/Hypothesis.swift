/// One value the decoder weighs for a field: how it is written (what the reading is compared with), the value it
/// exports as, and how likely the book makes it before anything is read (a weight; the weights of one field need not
/// sum to one).
struct Hypothesis: Sendable {
    var written: String
    var value: String
    var prior: Double
    /// `written`, as the reading is compared with it.
    let glyphs: [Glyph]

    init(written: String, value: String? = nil, prior: Double = 1) {
        self.written = written
        self.value = value ?? written
        self.prior = prior
        glyphs = Glyph.of(written)
    }
}
