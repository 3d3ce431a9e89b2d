public import Foundation
public import SohoaCore

/// An opening waiting to be read: its book's pipeline and its pages (either may be missing).
public struct OpeningToRead: Sendable, Equatable {
    /// One page of the opening: where its master image is and what preparation said of it.
    public struct Page: Sendable, Equatable {
        public var id: Int64
        /// The lossless master, absolute.
        public var image: URL
        public var dpi: Int
        /// Why preparation wants a person to look at the page (`split-uncertain`, …).
        public var reasons: [String]
        /// The scan the page was cut from (relative to its book folder) and its frame.
        public var file: String
        public var frameIndex: Int
    }

    public var openingId: Int64
    public var bookId: String
    public var pipeline: String
    /// The book's registration place (`noiDangKy`) and the year it was opened (`namMoSo`): what the decoder knows
    /// of it before reading.
    public var bookPlace: String
    public var bookYear: Int?
    public var left: Page?
    public var right: Page?
    /// What is wrong with the pairing of the pages, when something is.
    public var problem: String?
}

/// One record as the recognize stage commits it: its row on the pages and its fields, each with where it stands.
public struct RecordEntry: Sendable, Equatable {
    /// One field with the cell it was read from.
    public struct Field: Sendable, Equatable {
        public var decision: FieldDecision
        /// `left` or `right`.
        public var side: String
        /// The cell in the page's master image.
        public var box: [Int]?
        /// The measures routing decided on (reading confidence, rivals, cell condition), as JSON.
        public var evidence: Data

        public init(decision: FieldDecision, side: String, box: [Int]?, evidence: Data) {
            self.decision = decision
            self.side = side
            self.box = box
            self.evidence = evidence
        }
    }

    /// 1-based row on the page, top to bottom, blank rows counted.
    public var row: Int
    public var fields: [Field]

    public init(row: Int, fields: [Field]) {
        self.row = row
        self.fields = fields
    }

    /// The record's status (SPEC.md).
    public var status: String { RecordStatus(fields.map(\.decision.status)).rawValue }
}

/// One field of a book's records, in book order, for the checks that run along the book.
public struct BookField: Sendable, Equatable {
    public var fieldId: Int64
    public var recordId: Int64
    public var value: String
    public var status: FieldStatus
    /// The value is the decoder's guess for a field in review (its first candidate), not what was read: no
    /// evidence against a neighbour.
    public var guessed: Bool = false
    /// The raw reading, how sure the recogniser was of it, and why the field waits for a person.
    public var text: String = ""
    public var confidence: Double = 0
    public var reasons: [ReviewReason] = []
}

/// What reading needs to know of a book: its pipeline, its registration place (`noiDangKy`) and the year it was
/// opened (`namMoSo`).
public struct BookReadingSettings: Sendable, Equatable {
    public var pipeline: String
    public var place: String
    public var year: Int?
}
