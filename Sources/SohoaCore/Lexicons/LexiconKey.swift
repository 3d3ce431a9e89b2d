extension String {
    /// The form place and person names are compared in: register text (NFC, single spaces), lowercased, hyphens and
    /// dashes as spaces, typographic apostrophes as `'` with no space after them (`Ea M' Doal` = `Ea M'Doal`), and the
    /// two conventions for the tone mark of `oa`, `oe`, `uy` ending a syllable made one (`hòa` = `hoà`, `thủy` =
    /// `thuỷ`). Every other difference of tone or letter stays a difference (`hòa` ≠ `hóa` ≠ `hoa`).
    var lexiconKey: String {
        // Text made only of precomposed Latin letters is NFC already: the slow normalization is skipped for it.
        let nfc = !unicodeScalars.contains { $0.value >= 0x300 && !(0x1E00..<0x1F00).contains($0.value) }
        let source = nfc ? self : registerText
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(source.utf8.count)
        var space = false
        for scalar in source.lowercased().unicodeScalars {
            let value = scalar.value
            if value == 0x20 || value == 0x2D || value == 0x2013 || (0x09...0x0D).contains(value)
                || (value >= 0x80 && scalar.properties.isWhitespace)
            {
                space = !scalars.isEmpty
                continue
            }
            if space && scalars.last != "'" { scalars.append(" ") }
            space = false
            scalars.append(value == 0x2019 || value == 0x2BC ? "'" : scalar)
        }
        TonePlacement.unify(&scalars)
        var utf8: [UInt8] = []
        utf8.reserveCapacity(scalars.count * 3)
        for scalar in scalars {
            let value = scalar.value
            switch value {
            case ..<0x80: utf8.append(UInt8(value))
            case ..<0x800: utf8 += [UInt8(0xC0 | value >> 6), UInt8(0x80 | value & 0x3F)]
            case ..<0x10000: utf8 += [UInt8(0xE0 | value >> 12), UInt8(0x80 | value >> 6 & 0x3F), UInt8(0x80 | value & 0x3F)]
            default:
                utf8 += [
                    UInt8(0xF0 | value >> 18), UInt8(0x80 | value >> 12 & 0x3F), UInt8(0x80 | value >> 6 & 0x3F),
                    UInt8(0x80 | value & 0x3F),
                ]
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }
}

/// The old (`hòa`) and new (`hoà`) placement of a tone mark on the vowel pairs `oa`, `oe` and `uy` at a syllable's end.
private enum TonePlacement {
    /// Moves the tone of a final `òa`, `òe`, `ùy` (not `qùy`) to the second vowel, where the new convention puts it.
    static func unify(_ scalars: inout [Unicode.Scalar]) {
        var index = 0
        while index + 1 < scalars.count {
            let next = scalars[index + 1].value
            if let tone = tone(of: scalars[index].value, on: 0x6F), next == 0x61 || next == 0x65,  // o, then a or e
                endsSyllable(scalars, at: index + 1), let toned = toned(next, tone)
            {
                scalars[index] = "o"
                scalars[index + 1] = toned
            } else if let tone = tone(of: scalars[index].value, on: 0x75), next == 0x79,  // u, then y
                index == 0 || scalars[index - 1] != "q", endsSyllable(scalars, at: index + 1), let toned = toned(next, tone)
            {
                scalars[index] = "u"
                scalars[index + 1] = toned
            }
            index += 1
        }
    }

    /// The tone (0 grave, 1 acute, 2 hook, 3 tilde, 4 dot below) of a lowercase precomposed vowel with base `base`.
    static func tone(of value: UInt32, on base: UInt32) -> Int? {
        switch (base, value) {
        case (0x6F, 0xF2), (0x75, 0xF9): 0
        case (0x6F, 0xF3), (0x75, 0xFA): 1
        case (0x6F, 0x1ECF), (0x75, 0x1EE7): 2
        case (0x6F, 0xF5), (0x75, 0x169): 3
        case (0x6F, 0x1ECD), (0x75, 0x1EE5): 4
        default: nil
        }
    }

    /// `a`, `e` or `y` (`base`) under `tone`.
    static func toned(_ base: UInt32, _ tone: Int) -> Unicode.Scalar? {
        let table: [UInt32] =
            switch base {
            case 0x61: [0xE0, 0xE1, 0x1EA3, 0xE3, 0x1EA1]
            case 0x65: [0xE8, 0xE9, 0x1EBB, 0x1EBD, 0x1EB9]
            default: [0x1EF3, 0xFD, 0x1EF7, 0x1EF9, 0x1EF5]
            }
        return Unicode.Scalar(table[tone])
    }

    /// Whether no letter follows `index`.
    static func endsSyllable(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 1 < scalars.count else { return true }
        let next = scalars[index + 1]
        return next.value < 0x80 ? !(0x61...0x7A).contains(next.value) : !next.properties.isAlphabetic
    }
}

extension String {
    /// What follows `word` and one space at the start of this key (`ngọc trạo` after `xã` in `xã ngọc trạo`), or nil.
    /// Compared as bytes: keys are NFC, so a word is its bytes.
    func keyAfter(word: String) -> String? {
        let length = word.utf8.count
        guard utf8.count > length + 1, utf8.starts(with: word.utf8),
            utf8[utf8.index(utf8.startIndex, offsetBy: length)] == UInt8(ascii: " ")
        else { return nil }
        return String(Substring(utf8.dropFirst(length + 1)))
    }
}
