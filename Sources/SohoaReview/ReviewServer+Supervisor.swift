import Foundation
import Hummingbird
import SohoaCore
import SohoaStore

/// What supervisors see: each reviewer's throughput, pace by mode and missed check crops, the rows dismissed as not
/// records (which they may give back to the queue), and the audit trail.
extension ReviewServer {
    func requireSupervisor(_ context: ReviewContext) throws {
        guard context.reviewer?.role.includes(.supervisor) == true else {
            throw HTTPError(.forbidden, message: "Trang này chỉ dành cho giám sát.")
        }
    }

    func supervisorPage(context: ReviewContext) throws -> Response {
        try requireSupervisor(context)
        let reviewers = try store.reviewerActivity().map { activity in
            SupervisorPage.Reviewer(
                name: activity.name, decisions: activity.decisions, perHour: String(format: "%.1f", activity.perHour),
                overturned: activity.overturned)
        }
        let pace = try store.reviewPace().map { pace in
            SupervisorPage.Pace(
                name: pace.name, mode: ReasonLabels.label(pace.mode), fields: pace.fields, records: pace.records,
                perField: String(format: "%.1f", pace.secondsPerField), perRecord: String(format: "%.1f", pace.secondsPerRecord))
        }
        let page = SupervisorPage(
            reviewers: reviewers, pace: pace,
            checks: try store.missedChecks().map { SupervisorPage.MissedChecks(name: $0.name, grids: $0.grids, missed: $0.missed) },
            dismissed: try store.dismissedRows().map { row in
                SupervisorPage.DismissedRow(
                    recordId: row.recordId, book: row.bookId, opening: row.openingSequence, row: row.row, by: row.by, at: Self.time(row.at))
            },
            recent: try store.fieldAudit().map(AuditRowView.init))
        return HTMLPage.response(render("supervisor", context: context, page))
    }

    /// Gives a row dismissed as "not a record" back to the queue.
    func restoreRecord(_ request: Request, context: ReviewContext) async throws -> Response {
        try requireSupervisor(context)
        guard let reviewer = context.reviewer, let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound) }
        _ = try await PlainForm.read(request, context: context, expecting: context.csrf)
        guard try await BlockingWork.run({ try store.restore(record: id, by: reviewer) }) else {
            throw HTTPError(.notFound, message: "Dòng này không nằm trong số bị bỏ.")
        }
        return HTMLPage.redirect(to: "/supervisor")
    }

    func historyPage(context: ReviewContext) throws -> Response {
        try requireSupervisor(context)
        guard let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound) }
        let page = HistoryPage(title: "Lịch sử trường \(id)", fieldId: id, entries: try store.fieldAudit(field: id).map(AuditRowView.init))
        return HTMLPage.response(render("history", context: context, page))
    }
}
