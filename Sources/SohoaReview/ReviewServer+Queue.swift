import Foundation
import Hummingbird
import SohoaCore
import SohoaStore

/// The queue: the home page (backlog by reason, each book's progress), the queue's filter, and field mode, one field
/// per screen.
extension ReviewServer {
    func home(context: ReviewContext) throws -> Response {
        let status = try store.status(lockedByRun: false)
        let books = status.books.map { book in
            HomePage.Book(
                id: book.id, pending: book.fields["review"] ?? 0,
                decided: FieldStatus.allCases.filter { ![.review, .accepted].contains($0) }.reduce(0) { $0 + (book.fields[$1.rawValue] ?? 0) },
                accepted: book.fields["accepted"] ?? 0, ready: book.exportBlocker(includePending: false) == nil)
        }
        let reasons = status.reviewReasons.sorted { $0.key < $1.key }.map { reason, count in
            HomePage.Choice(code: reason, label: ReviewReason(rawValue: reason).map(ReasonLabels.label) ?? reason, count: count)
        }
        let types = Set(catalog.pipelines.values.map(\.registerType)).sorted { $0.rawValue < $1.rawValue }.map { type in
            HomePage.Choice(code: type.rawValue, label: type.rawValue)
        }
        let page = HomePage(pending: status.reviewBacklog, books: books, reasons: reasons, types: types)
        return HTMLPage.response(render("home", context: context, page))
    }

    /// The queue's filter, from a query (`book`, `type`, `reason`) and back to one.
    struct Filter {
        var book: String?
        var type: String?
        var reason: String?

        init(_ items: [String: String]) {
            func value(_ key: String) -> String? { items[key].flatMap { $0.isEmpty ? nil : $0 } }
            (book, type, reason) = (value("book"), value("type"), value("reason"))
        }

        /// The filter of a page's query.
        init(_ request: Request) {
            self.init(Dictionary(request.uri.queryParameters.map { (String($0.key), String($0.value)) }, uniquingKeysWith: { $1 }))
        }

        /// The filter a form carried back as a query string.
        init(query: String?) {
            self.init(Dictionary(
                (URLComponents(string: "?" + (query ?? ""))?.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 }))
        }

        var query: String {
            var components = URLComponents()
            components.queryItems = [("book", book), ("type", type), ("reason", reason)].compactMap { key, value in
                value.map { URLQueryItem(name: key, value: $0) }
            }
            return components.percentEncodedQuery ?? ""
        }

        /// Where a decision's post sends the reviewer: the next screen of `path` under this filter, telling it what
        /// became of the decision (`done`).
        func redirect(to path: String, done: String) -> Response {
            HTMLPage.redirect(to: path + "?" + (query.isEmpty ? "" : query + "&") + "done=\(done)")
        }
    }

    /// The store's queue filter for a page's filter.
    func queueFilter(_ filter: Filter) -> QueueFilter {
        QueueFilter(
            book: filter.book, pipelines: filter.type.map(catalog.pipelines(of:)), reason: filter.reason.flatMap(ReviewReason.init(rawValue:)))
    }

    func reviewPage(_ request: Request, context: ReviewContext) throws -> Response {
        guard let reviewer = context.reviewer else { throw HTTPError(.unauthorized) }
        let filter = Filter(request)
        let queue = queueFilter(filter)
        let notice = request.uri.queryParameters["done"].flatMap { Self.notices[String($0)] }
        guard let field = try store.claimNextField(for: reviewer, filter: queue) else {
            return HTMLPage.response(render("done", context: context, DonePage(notice: notice)))
        }
        return try decisionScreen(field, filter: filter, context: context, notice: notice, error: nil, typed: nil)
    }

    static let notices = [
        "resolved": "Đã lưu.", "second": "Đã lưu lần đọc thứ nhất; người thứ hai sẽ đọc lại trường này.",
        "dispute": "Hai lần đọc khác nhau: trường này được chuyển cho giám sát.", "skipped": "Đã bỏ qua.",
    ]

    func decisionScreen(
        _ field: ClaimedField, filter: Filter, context: ReviewContext, notice: String?, error: String?, typed: String?,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let entry = catalog.entry(pipeline: field.pipeline, field: field.name)
        let offer = try store.record(around: field).map { try offers(in: $0).offer(for: field).offer }
            ?? FieldOffer(field: field, entry: entry, catalog: catalog)
        let shown = typed ?? offer.prefill
        // The alternatives first, then the column's list.
        var offered: Set<String> = []
        let choices = (offer.alternatives + offer.list).filter { offered.insert($0).inserted }
        let rowSides = try store.rowBands(ofField: field.fieldId).map { band in
            FieldScreen.RowSide(side: band.side, label: Self.sideLabel(band.side))
        }
        let header = entry?.header ?? field.name
        let screen = FieldScreen(
            title: header, header: header, name: field.name, fieldId: field.fieldId, book: field.bookId, opening: field.openingSequence,
            row: field.row, sideLabel: Self.sideLabel(field.side), secondReading: field.stage == .second, text: field.text, value: shown,
            predicted: typed == nil && offer.predicted, reasons: field.reasons.map(ReasonLabels.label), readings: field.readings.map(ReadingView.init),
            hasReadings: !field.readings.isEmpty, alternatives: Alternative.numbered(offer.alternatives),
            hasAlternatives: !offer.alternatives.isEmpty, choices: choices, hasChoices: !choices.isEmpty, rowSides: rowSides, filter: filter.query, notice: notice, error: error)
        return HTMLPage.response(render("review", context: context, screen), status: status)
    }

    /// A page's side as the screens name it.
    static func sideLabel(_ side: String) -> String { side == "left" ? "trái" : "phải" }

    private struct DecisionForm: ProtectedForm {
        var action: String
        var value: String?
        var filter: String?
        var _csrf: String?
    }

    func decision(_ request: Request, context: ReviewContext) async throws -> Response {
        guard let reviewer = context.reviewer else { throw HTTPError(.unauthorized) }
        let form = try await DecisionForm.read(request, context: context, expecting: context.csrf)
        return try await BlockingWork.run { try decide(form, reviewer: reviewer, context: context) }
    }

    private func decide(_ form: DecisionForm, reviewer: Reviewer, context: ReviewContext) throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self), let field = try store.reviewField(id) else {
            throw HTTPError(.notFound, message: "Không có trường này.")
        }
        let filter = Filter(query: form.filter)
        guard let entry = catalog.entry(pipeline: field.pipeline, field: field.name) else {
            throw HTTPError(.internalServerError, message: "Trường \(field.name) không có trong quy trình \(field.pipeline).")
        }
        let action: ReviewAction
        var value = field.value
        switch form.action {
        case "illegible": action = .illegible
        case "skip": action = .skip
        case "save":
            let year = try store.record(around: field).map { try offers(in: $0).year } ?? nil
            do {
                (action, value) = try TypedDecision.decision(
                    typed: form.value ?? "", field: field, entry: entry, catalog: catalog, registrationYear: year)
            } catch {
                return try decisionScreen(field, filter: filter, context: context, notice: nil, error: error.message, typed: form.value,
                                          status: .unprocessableContent)
            }
        default: throw HTTPError(.badRequest, message: "Không rõ việc cần làm.")
        }
        let outcome = try store.decide(
            field: id, by: reviewer, action: action, value: value, fourEyes: FourEyes.isRequired(type: entry.type, reasons: field.reasons))
        let done: String
        switch outcome {
        case .resolved: done = "resolved"
        case .awaitingSecondReading: done = "second"
        case .disputed: done = "dispute"
        case .skipped: done = "skipped"
        case .refused(let why):
            return try decisionScreen(field, filter: filter, context: context, notice: nil, error: why, typed: form.value, status: .conflict)
        }
        return filter.redirect(to: "/review", done: done)
    }
}
