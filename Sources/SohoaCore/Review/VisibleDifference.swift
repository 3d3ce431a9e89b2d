extension String {
    /// Whether a cell holding `other` looks plainly unlike one holding this value, whatever the wording: most of the
    /// words of either are not in the other, marks, case and the kind words of places (`xã`, `huyện`, …) aside. `Nữ`
    /// and `Nam`, `Kinh` and `Tày` differ; `Cẩm Hòa, Cẩm Xuyên` and `Xã Cẩm Hòa, huyện Cẩm Xuyên`, or `Con` and
    /// `Con gái`, do not. What a check crop of a group confirmation grid must be, lest a reviewer who looked be
    /// blamed for a miss.
    public func isVisiblyDifferent(from other: String) -> Bool {
        let mine = Self.words(self), theirs = Self.words(other)
        guard !mine.isEmpty, !theirs.isEmpty else { return mine.isEmpty != theirs.isEmpty }  // writing against a blank
        return mine.intersection(theirs).count * 2 < min(mine.count, theirs.count)
    }

    private static func words(_ text: String) -> Set<String> {
        Set(text.typingKey.split { !$0.isLetter && !$0.isNumber }.map(String.init)).subtracting(kindWords)
    }

    private static let kindWords = Set(UnitKind.allCases.flatMap { $0.rawValue.typingKey.split(separator: " ").map(String.init) })
}
