/// The recogniser's runner-up characters of a cell, by position in its reading (`CellEvidence.text`): each
/// alternative line differs from its line in one place, and the characters it puts there are what the recogniser
/// weighed against the one it chose.
enum RunnersUp {
    static func of(_ evidence: CellEvidence) -> [Int: [(glyph: Glyph, confidence: Double)]] {
        let lines = evidence.lines.map { Array($0) }
        guard !evidence.alternatives.isEmpty, evidence.lines.joined(separator: " ") == evidence.text else { return [:] }
        var offsets: [Int] = []
        var offset = 0
        for line in lines {
            offsets.append(offset)
            offset += line.count + 1
        }
        var found: [Int: [(glyph: Glyph, confidence: Double)]] = [:]
        for alternative in evidence.alternatives where alternative.line < lines.count {
            let line = lines[alternative.line]
            let other = Array(alternative.text)
            // One character replaced by one: the place where the two lines differ.
            guard other.count == line.count, let place = line.indices.first(where: { line[$0] != other[$0] }) else { continue }
            found[offsets[alternative.line] + place, default: []].append((Glyph(other[place]), alternative.confidence))
        }
        return found
    }
}
