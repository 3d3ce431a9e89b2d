public import Foundation
import SohoaCore

/// A frame waiting to be prepared: where its scan is and what ingest learned of it.
public struct FrameToPrepare: Sendable, Equatable {
    public var frameId: Int64
    public var bookId: String
    /// The scan, absolute.
    public var file: URL
    /// The scan's path relative to its book folder.
    public var path: String
    public var sha256: String
    public var frameIndex: Int
    public var dpi: Int
}

/// One prepared page, as the prepare stage commits it.
public struct PreparedPageEntry: Sendable, Equatable {
    /// `left`, `right`, or `single` for a single-page scan whose side the opening decides.
    public var side: String
    public var pageNumber: Int?
    public var pageNumberConfidence: Double?
    /// The lossless master, relative to the workspace.
    public var masterPath: String
    /// The delivery image for the per-record PDFs, relative to the workspace.
    public var deliveryPath: String
    /// The preparation facts (rotation, skew, region, quality) as JSON.
    public var preparation: Data
    /// Why a person must look at this page (`split-uncertain`, `orientation-uncertain`, …); empty when none.
    public var reasons: [String]

    public init(
        side: String, pageNumber: Int?, pageNumberConfidence: Double?, masterPath: String, deliveryPath: String,
        preparation: Data, reasons: [String]
    ) {
        self.side = side
        self.pageNumber = pageNumber
        self.pageNumberConfidence = pageNumberConfidence
        self.masterPath = masterPath
        self.deliveryPath = deliveryPath
        self.preparation = preparation
        self.reasons = reasons
    }
}

/// A prepared page as the opening assembler sees it, in the book's reading order.
public struct StoredPage: Sendable, Equatable {
    public var id: Int64
    public var frameId: Int64
    public var side: String
    public var pageNumber: Int?

    public init(id: Int64, frameId: Int64, side: String, pageNumber: Int?) {
        self.id = id
        self.frameId = frameId
        self.side = side
        self.pageNumber = pageNumber
    }
}

/// An opening of a book: the left and right page, either of which may be missing (reported in `problem`).
public struct OpeningEntry: Sendable, Equatable {
    public var leftPageId: Int64?
    public var rightPageId: Int64?
    public var problem: String?

    public init(leftPageId: Int64?, rightPageId: Int64?, problem: String?) {
        self.leftPageId = leftPageId
        self.rightPageId = rightPageId
        self.problem = problem
    }
}
