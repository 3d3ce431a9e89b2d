import Foundation
import Mustache
import SohoaStore

/// What a page's template is rendered from: one typed value per page, its fields named as the template names them.
/// An optional left nil hides its section; a list renders once per element.
protocol PageContent: Sendable {
    /// The page's title, in the header.
    var title: String { get }
}

/// A page's content with what the header around every page needs: who is logged in and the session's CSRF token for
/// its logout form. The content's own fields come first (the login page carries its own token).
struct RenderedPage: MustacheParent {
    /// The logged-in reviewer as the header shows them.
    struct Badge {
        var name: String
        var roleLabel: String
        var isSupervisor: Bool
    }

    var content: any PageContent
    var reviewer: Badge?
    var csrf: String?

    func child(named name: String) -> Any? {
        if let field = Mirror(reflecting: content).children.first(where: { $0.label == name }) {
            return Self.unwrapped(field.value)
        }
        switch name {
        case "reviewer": return reviewer
        case "csrf": return csrf
        default: return nil
        }
    }

    /// The value an optional holds, nil for none; any other value as it is.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}

/// The login form.
struct LoginPage: PageContent {
    let title = "Đăng nhập"
    /// The token the form echoes from its cookie, before any session exists.
    var csrf: String
    var error: String?
}

/// The home page: the backlog by reason and each book's progress, and the queue's filter.
struct HomePage: PageContent {
    struct Book {
        var id: String
        var pending: Int
        var decided: Int
        var accepted: Int
        var ready: Bool
    }

    /// A choice of the filter: a review reason (with how many fields wait for it) or a register type.
    struct Choice {
        var code: String
        var label: String
        var count: Int?
    }

    let title = "Hàng chờ"
    var pending: Int
    var books: [Book]
    var reasons: [Choice]
    var types: [Choice]
}

/// The page a reviewer reaches when nothing is left for them in a mode.
struct DonePage: PageContent {
    var title = "Hết việc"
    var notice: String?
    /// The grids are done (records may be left); else nothing is left at all.
    var groupsDone = false
    /// The queue's filter as a query, nil when none.
    var filter: String?
}

/// A message and the way back to the queue.
struct MessagePage: PageContent {
    var title: String
    var heading: String
    var message: String
}

/// What a reviewer read of a field before: for the second reader's dispute and the supervisor.
struct ReadingView {
    var reviewer: String
    var actionLabel: String
    var value: String

    init(_ reading: ReviewReading) {
        (reviewer, actionLabel, value) = (reading.reviewer, ReasonLabels.label(reading.action), reading.value)
    }
}

/// Field mode: one field per screen.
struct FieldScreen: PageContent {
    struct RowSide {
        var side: String
        var label: String
    }

    var title: String
    var header: String
    var name: String
    var fieldId: Int64
    var book: String
    var opening: Int
    var row: Int
    var sideLabel: String
    var secondReading: Bool
    /// The recognizer's reading.
    var text: String
    /// What the input opens with, and whether it was predicted from the book and the row.
    var value: String
    var predicted: Bool
    var reasons: [String]
    var readings: [ReadingView]
    var hasReadings: Bool
    /// The values one key takes (`Alt+1`…`Alt+5`).
    var alternatives: [Alternative]
    var hasAlternatives: Bool
    var choices: [String]
    var hasChoices: Bool
    var rowSides: [RowSide]
    var filter: String
    var notice: String?
    var error: String?
}

/// A value one key takes: `Alt+<key>`.
struct Alternative {
    var key: Int
    var value: String

    /// The first values of `values`, numbered from 1.
    static func numbered(_ values: [String]) -> [Alternative] {
        values.enumerated().map { Alternative(key: $0.offset + 1, value: $0.element) }
    }
}

/// Record mode: one screen per ledger row.
struct RecordScreen: PageContent {
    /// The row's band across one page, with a frame for each field the reviewer decides on that page.
    struct Strip {
        struct Frame {
            var fieldId: Int64
            var left, top, width, height: String
        }

        var side: String
        var label: String
        var recordId: Int64
        var frames: [Frame]
    }

    /// A field of the record in the form's order: one the reviewer decides, or one shown as it stands.
    struct Field {
        var pending: PendingField?
        var settled: SettledFieldView?
    }

    struct PendingField {
        var fieldId: Int64
        var name: String
        var header: String
        /// What the input opens with: what was typed, else the offer's prefill.
        var value: String
        var predicted: Bool
        var reading: String
        var reasons: [String]
        var illegible: Bool
        var alternatives: [Alternative]
        var hasAlternatives: Bool
        var secondReading: Bool
        var readings: [ReadingView]
        var hasReadings: Bool
        /// The field whose value this one takes when focused (a residence the same as the one before).
        var follows: String?
        var fieldError: String?
        /// The datalist of the column's values.
        var list: String?
    }

    struct SettledFieldView {
        var header: String
        var value: String
        var statusLabel: String
    }

    struct ValueList {
        var id: String
        var options: [String]
    }

    var title: String
    var recordId: Int64
    var book: String
    var opening: Int
    var row: Int
    var strips: [Strip]
    var fields: [Field]
    var lists: [ValueList]
    var filter: String
    /// The row may be dismissed as "not a record".
    var mayDismiss: Bool
    var notice: String?
    var error: String?
}

/// Group confirmation: a grid of one column's crops proposed to hold one value.
struct GroupScreen: PageContent {
    struct Crop {
        var position: Int
    }

    let title = "Xác nhận theo nhóm"
    var groupId: Int64
    var header: String
    /// The proposed value as the sheet has it, and as a reviewer reads it.
    var value: String
    var shown: String
    var count: Int
    var crops: [Crop]
    var filter: String
    var notice: String?
}

/// The supervisor's page.
struct SupervisorPage: PageContent {
    struct Reviewer {
        var name: String
        var decisions: Int
        var perHour: String
        var overturned: Int
    }

    struct Pace {
        var name: String
        var mode: String
        var fields: Int
        var records: Int
        var perField: String
        var perRecord: String
    }

    struct MissedChecks {
        var name: String
        var grids: Int
        var missed: Int
    }

    struct DismissedRow {
        var recordId: Int64
        var book: String
        var opening: Int
        var row: Int
        var by: String
        var at: String
    }

    let title = "Giám sát"
    var reviewers: [Reviewer]
    var pace: [Pace]
    var checks: [MissedChecks]
    var dismissed: [DismissedRow]
    var recent: [AuditRowView]
}

/// One row of the audit trail as the supervisor reads it.
struct AuditRowView {
    var at: String
    var actor: String
    var action: String
    var fieldId: Int64
    var old: String
    var new: String

    init(_ row: SohoaStore.AuditRow) {
        (at, actor, action) = (ReviewServer.time(row.at), row.actor, row.action)
        (fieldId, old, new) = (row.subjectId ?? 0, row.oldValue ?? "", row.newValue ?? "")
    }
}

/// The audit trail of one field.
struct HistoryPage: PageContent {
    var title: String
    var fieldId: Int64
    var entries: [AuditRowView]
}
