/// Finds ruling lines in the mean-gray profiles of an image's bands: a ruling is a thin dip below the paper around
/// it (a top-hat: the profile against its running median), present at the same place in most bands. Thick dark
/// rows (a line of text, a stain) do not dip against their own median, and writing does not line up across bands.
/// Averaging keeps faint, dashed and broken lines that a binarized image loses. Two lines side by side, closer than
/// a slanted line may wander, are one ruling and its ghost (the reverse side's ruling showing through, the facing
/// page's): the darker is the ruling.
struct RulingLines {
    /// How far (in pixels) a line's dip may reach to each side: about 0.8 mm.
    var halfWidth: Int
    /// How many gray levels below its surroundings a line must be in a band.
    var minimumDip: Double
    /// How far apart two bands' positions of one line may be (the residual slant across the page, plus a line).
    var tolerance: Int
    /// The share of bands a line must appear in.
    var presence: Double

    /// The positions of the lines found in `profiles` (one mean profile per band, all of the same length).
    func lines(in profiles: [[Double]]) -> [Int] {
        var found: [Dip] = []
        for (band, profile) in profiles.enumerated() {
            for dip in measuredDips(in: profile) { found.append(Dip(position: dip.position, band: band, depth: dip.depth)) }
        }
        found.sort { $0.position < $1.position }
        var clusters: [[Dip]] = []
        for dip in found {
            if let last = clusters.last?.last, dip.position - last.position <= tolerance {
                clusters[clusters.count - 1].append(dip)
            } else {
                clusters.append([dip])
            }
        }
        let needed = max(1, Int((presence * Double(profiles.count)).rounded(.up)))
        func isPresent(_ line: [Dip]) -> Bool { Set(line.map(\.band)).count >= needed }
        func darkness(_ line: [Dip]) -> Double { line.reduce(0) { $0 + $1.depth } }
        return clusters.compactMap { cluster in
            let line = sideBySide(cluster).filter(isPresent).max { darkness($0) < darkness($1) } ?? (isPresent(cluster) ? cluster : nil)
            return line.map { $0[$0.count / 2].position }
        }
    }

    /// One band's dip of a line.
    private struct Dip {
        var position: Int
        var band: Int
        var depth: Double
    }

    /// The lines of a cluster of dips sorted by position: one, unless a band dips twice in it; then the cluster is
    /// cut wherever its dips stand further apart than a dip reaches.
    private func sideBySide(_ cluster: [Dip]) -> [[Dip]] {
        let bands = cluster.map(\.band)
        guard Set(bands).count < bands.count else { return [cluster] }
        var lines: [[Dip]] = [[]]
        for dip in cluster {
            if let last = lines[lines.count - 1].last, dip.position - last.position > 2 * halfWidth { lines.append([]) }
            lines[lines.count - 1].append(dip)
        }
        return lines
    }

    /// The centres of the thin dips of one profile.
    func dips(in profile: [Double]) -> [Int] { measuredDips(in: profile).map(\.position) }

    /// The centres of the thin dips of one profile, with how far each dips below its surroundings.
    private func measuredDips(in profile: [Double]) -> [(position: Int, depth: Double)] {
        guard profile.count > 2 * halfWidth + 1 else { return [] }
        let window = 3 * halfWidth
        var dip = [Double](repeating: 0, count: profile.count)
        for index in profile.indices {
            let low = max(0, index - window), high = min(profile.count - 1, index + window)
            let sorted = profile[low...high].sorted()
            dip[index] = sorted[sorted.count / 2] - profile[index]
        }
        var centres: [(position: Int, depth: Double)] = []
        var index = 0
        while index < dip.count {
            guard dip[index] >= minimumDip else {
                index += 1
                continue
            }
            var end = index
            while end + 1 < dip.count, dip[end + 1] >= minimumDip { end += 1 }
            if end - index <= 2 * halfWidth {
                let strongest = (index...end).max { dip[$0] < dip[$1] } ?? index
                centres.append((strongest, dip[strongest]))
            }
            index = end + 1
        }
        return centres
    }
}
