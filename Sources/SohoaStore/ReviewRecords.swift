public import Foundation
public import SohoaCore

/// A person with an account on the review page.
public struct Reviewer: Sendable, Equatable {
    public var id: Int64
    public var name: String
    public var role: ReviewerRole
    /// The bcrypt hash of the password.
    public var passwordHash: String
    public var failedLogins: Int
    /// Until when logins are refused after repeated failures.
    public var lockedUntil: Date?
}

/// Where a field stands in its reviews: a first reading is wanted, or (four eyes) a second one by someone else,
/// or a supervisor's decision between two readings that differ.
public enum ReviewStage: String, Sendable, Codable {
    case first, second, dispute
}

/// One reviewer's reading of a field, kept for the second reader's comparison and the supervisor's dispute.
public struct ReviewReading: Sendable, Equatable {
    public var reviewer: String
    public var action: ReviewAction
    public var value: String
}

/// A field handed to one reviewer for a while: everything the decision screen shows.
public struct ClaimedField: Sendable, Equatable {
    public var fieldId: Int64
    public var bookId: String
    /// Where the book was registered (`noiDangKy`), which says which province's places to offer.
    public var bookPlace: String
    public var pipeline: String
    public var openingSequence: Int
    public var row: Int
    /// The export column, e.g. `nksHoTen`.
    public var name: String
    public var text: String
    public var value: String
    public var reasons: [ReviewReason]
    /// `left` or `right`: the page of the opening the cell is on.
    public var side: String
    /// The cell in the page's master image: x, y, width, height.
    public var box: [Int]?
    /// The lossless master of the cell's page, absolute.
    public var pageImage: URL?
    /// `review` while a person has still to decide it.
    public var status: FieldStatus = .review
    public var stage: ReviewStage
    /// The readings given so far (a second reader does not see them; a supervisor in a dispute does).
    public var readings: [ReviewReading]
    public var claimExpiresAt: Date
    /// The decoder's candidate values, most probable first: the value is pre-filled with the first of them.
    public var candidates: [String] = []
}

/// The band a record's row takes on one page of its opening: what the decision screen shows around the cell.
public struct RowBand: Sendable, Equatable {
    /// `left` or `right`.
    public var side: String
    /// The lossless master of the page, absolute.
    public var pageImage: URL
    public var top: Int
    public var height: Int
}

/// Which fields of the queue a reviewer wants.
public struct QueueFilter: Sendable, Equatable {
    public var book: String?
    /// Only books read with these pipelines (a register type is the pipelines of that type).
    public var pipelines: [String]?
    public var reason: ReviewReason?

    public init(book: String? = nil, pipelines: [String]? = nil, reason: ReviewReason? = nil) {
        self.book = book
        self.pipelines = pipelines
        self.reason = reason
    }
}

/// The kind of screen a decision is taken on: one field, a whole record, or a grid of one column's crops that share a
/// value.
public enum ReviewMode: String, Sendable, Codable, CaseIterable {
    case field, record, group
}

/// What became of a decision.
public enum DecisionOutcome: Sendable, Equatable {
    /// The field is resolved with this status.
    case resolved(FieldStatus)
    /// The first of two readings is recorded; another reviewer gives the second.
    case awaitingSecondReading
    /// The two readings differ; a supervisor decides.
    case disputed
    /// The field goes back to the queue.
    case skipped
    /// Nothing was recorded, for this reason (the claim expired, it is the reviewer's own reading, …).
    case refused(String)
}

/// A ledger row handed to one reviewer: the fields of it they decide, claimed together, and the rest of the record
/// as it stands, for the record screen.
public struct ClaimedRecord: Sendable, Equatable {
    public var recordId: Int64
    public var bookId: String
    /// Where the book was registered (`noiDangKy`).
    public var bookPlace: String
    /// The year the book was opened (`namMoSo`), when its configuration gives it.
    public var bookYear: Int?
    public var pipeline: String
    public var openingSequence: Int
    public var row: Int
    /// The fields this reviewer decides now, in the form's order.
    public var pending: [ClaimedField]
    /// Every other field of the record: accepted, decided, or waiting for someone else.
    public var settled: [SettledField]
    /// The values of the record before this one in the book (accepted or decided fields only), by field name:
    /// what a predicted value is drawn from.
    public var previousValues: [String: String]
    /// For each field this reviewer decides, the values the book already holds in that column (accepted or decided
    /// by a person), most frequent first: a commune's residences, causes of death and relations repeat.
    public var bookValues: [String: [String]]

    /// Whether its reviewer may dismiss the row as "not a record": they hold some of it, and nothing in it was read
    /// with certainty or by a person (every value accepted or decided is blank, and no field holds a first reading).
    public var mayBeDismissed: Bool {
        !pending.isEmpty && pending.allSatisfy { $0.stage == .first }
            && settled.allSatisfy { field in
                field.status == .review ? field.stage == .first : field.value.isEmpty && field.status != .notARecord
            }
    }
}

/// A field of a claimed record that its reviewer does not decide now, shown as it stands.
public struct SettledField: Sendable, Equatable {
    public var name: String
    public var value: String
    public var status: FieldStatus
    /// For a field waiting for review, which reading it waits for.
    public var stage: ReviewStage?
    /// `left` or `right`.
    public var side: String
}

/// One field's decision in a record submitted at once.
public struct FieldReviewDecision: Sendable, Equatable {
    public var field: Int64
    public var action: ReviewAction
    /// The corrected value (ignored unless correcting).
    public var value: String
    /// Whether the field needs two independent readings (`FourEyes`).
    public var fourEyes: Bool

    public init(field: Int64, action: ReviewAction, value: String, fourEyes: Bool) {
        self.field = field
        self.action = action
        self.value = value
        self.fourEyes = fourEyes
    }
}
