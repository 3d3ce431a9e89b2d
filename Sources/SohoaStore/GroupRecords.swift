public import Foundation

/// A grid of crops of one column handed to one reviewer: fields that share a proposed value, with a few check crops
/// mixed in, in an order that does not tell them apart.
public struct ClaimedGroup: Sendable, Equatable {
    public var id: Int64
    /// The export column, e.g. `nktGioiTinh`.
    public var name: String
    public var pipeline: String
    /// The value every crop is proposed to hold, as the sheet has it.
    public var value: String
    public var crops: [GroupCrop]
    public var expiresAt: Date
}

/// One crop of a grid: where its cell is, and nothing that tells a field of the grid from a check crop.
public struct GroupCrop: Sendable, Equatable {
    /// The crop's place in the grid, from 0.
    public var position: Int
    /// The cell in the page's master image: x, y, width, height.
    public var box: [Int]
    /// The lossless master of the cell's page, absolute.
    public var pageImage: URL
}

/// What became of a grid posted back.
public enum GroupOutcome: Sendable, Equatable {
    /// The fields left untoggled are decided with the grid's value; the toggled ones went back to the queue.
    case confirmed(fields: Int, odd: Int)
    /// A check crop was left untoggled: nothing is decided, every field goes back to the queue, and the misses are
    /// counted against the reviewer.
    case missedChecks(Int)
    /// Nothing was recorded, for this reason (the grid is not the reviewer's, or its hold ran out).
    case refused(String)
}
