/// A kind of damage that makes a ledger cell unsafe to read (the truth's vocabulary): the capture out of focus,
/// wet ink smeared or blotted, ink faded nearly to paper, a water stain, or a piece of the page missing.
public enum CellDamage: String, Sendable, Codable, CaseIterable {
    case blur, smudge, faded, stain, torn
}
