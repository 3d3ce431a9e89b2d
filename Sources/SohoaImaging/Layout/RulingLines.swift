/// Finds ruling lines in the mean-gray profiles of an image's bands: a ruling is a thin dip below the paper around
/// it (a top-hat: the profile against its running median), present at the same place in most bands. Thick dark
/// rows (a line of text, a stain) do not dip against their own median, and writing does not line up across bands.
/// Averaging keeps faint, dashed and broken lines that a binarized image loses.
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
        var found: [(position: Int, band: Int)] = []
        for (band, profile) in profiles.enumerated() {
            for position in dips(in: profile) { found.append((position, band)) }
        }
        found.sort { $0.position < $1.position }
        var clusters: [[(position: Int, band: Int)]] = []
        for item in found {
            if let last = clusters.last?.last, item.position - last.position <= tolerance {
                clusters[clusters.count - 1].append(item)
            } else {
                clusters.append([item])
            }
        }
        let needed = max(1, Int((presence * Double(profiles.count)).rounded(.up)))
        return clusters.filter { Set($0.map(\.band)).count >= needed }.map { cluster in
            let positions = cluster.map(\.position).sorted()
            return positions[positions.count / 2]
        }
    }

    /// The centres of the thin dips of one profile.
    func dips(in profile: [Double]) -> [Int] {
        guard profile.count > 2 * halfWidth + 1 else { return [] }
        let window = 3 * halfWidth
        var dip = [Double](repeating: 0, count: profile.count)
        for index in profile.indices {
            let low = max(0, index - window), high = min(profile.count - 1, index + window)
            let sorted = profile[low...high].sorted()
            dip[index] = sorted[sorted.count / 2] - profile[index]
        }
        var centres: [Int] = []
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
                centres.append(strongest)
            }
            index = end + 1
        }
        return centres
    }
}
