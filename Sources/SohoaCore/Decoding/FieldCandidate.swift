/// A value a field may hold, and the decoder's probability (0–1) that it is the one written: what the review page
/// offers, and what `records.jsonl` carries as `candidates` (`{value, p}`).
public struct FieldCandidate: Sendable, Equatable, Codable {
    /// The value as exported (`Kinh`, `05.01.2010`, `xã Vĩnh Hảo, huyện Tuy Phong, tỉnh Bình Thuận`).
    public var value: String
    public var p: Double
    /// The value is one the column's vocabulary or form holds, not the reading kept as it stands because it may lie
    /// outside them: only such a value can be accepted by decoding. Not part of the exported candidate.
    public var listed: Bool

    public init(value: String, p: Double, listed: Bool = true) {
        self.value = value
        self.p = p
        self.listed = listed
    }

    private enum CodingKeys: String, CodingKey { case value, p }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(value: try container.decode(String.self, forKey: .value), p: try container.decode(Double.self, forKey: .p))
    }
}
