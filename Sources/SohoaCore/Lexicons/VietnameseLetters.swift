public extension Character {
    /// A letter of Vietnamese writing: a–z, đ, and the vowels a ă â e ê i o ô ơ u ư y under any of the five tone marks,
    /// either case. Letters that text mangled by an old 8-bit encoding shows (`ø`, `ñ`, `ö`, `š` in `Buøi`, `Ñoã`)
    /// are not.
    var isVietnameseLetter: Bool {
        VietnameseLetters.lowercase.contains(lowercased())
    }
}

/// Every letter of Vietnamese writing, lowercase.
enum VietnameseLetters {
    static let lowercase: Set<String> = {
        let vowels: [Character] = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]
        let tones = ["", "\u{300}", "\u{301}", "\u{309}", "\u{303}", "\u{323}"]
        var letters = Set("abcdefghijklmnopqrstuvwxyzđ".map(String.init))
        for vowel in vowels {
            for tone in tones { letters.insert(String(vowel) + tone) }
        }
        return letters
    }()
}
