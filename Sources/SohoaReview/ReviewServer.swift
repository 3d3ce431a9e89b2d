public import Foundation
public import Hummingbird
import HummingbirdBcrypt
import Mustache
public import SohoaCore
import SohoaImaging
public import SohoaStore

/// The review page (SPEC.md, "Review"): login, the queue, the decision screen with the cell's image, four eyes
/// where it matters, book progress, and the supervisor's audit views. Server-rendered HTML, keyboard first, in
/// Vietnamese; every value HTML-escaped; every form with a CSRF token; nothing served without a session.
public struct ReviewServer: Sendable {
    let store: SohoaStore
    let catalog: FieldCatalog
    let pages: MustacheLibrary
    /// Names typed without marks, spelled from the name lists (none when the server has no lists).
    let names: NameTyping?
    /// Failed logins in a row before an account is locked, and for how long.
    let lockout: (attempts: Int, duration: TimeInterval)

    public init(
        store: SohoaStore, pipelines: [String: Pipeline], ethnicGroups: EthnicGroups, places: PlaceChoices, names: PersonNames? = nil,
        lockout: (Int, TimeInterval) = (5, 15 * 60)
    ) throws {
        self.store = store
        self.names = names.map(NameTyping.init)
        catalog = FieldCatalog(pipelines: pipelines, ethnicGroups: ethnicGroups, places: places)
        pages = try PageTemplates.library()
        self.lockout = lockout
    }

    /// The application serving the review page on `host`:`port`.
    public func application(host: String, port: Int) -> some ApplicationProtocol {
        Application(router: router(), configuration: .init(address: .hostname(host, port: port), serverName: "sohoa"))
    }

    public func router() -> Router<ReviewContext> {
        let router = Router(context: ReviewContext.self)
        router.add(middleware: SessionMiddleware(store: store))
        router.get("/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: PageTemplates.style + PageTemplates.recordStyle)))
        }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("/login") { request, context in try loginPage(request, context: context, error: nil) }
        router.post("/login") { request, context in try await login(request, context: context) }
        router.post("/logout") { request, context in try await logout(request, context: context) }
        router.get("/") { _, context in try home(context: context) }
        router.get("/review") { request, context in try reviewPage(request, context: context) }
        router.post("/fields/:id/decision") { request, context in try await decision(request, context: context) }
        router.get("/fields/:id/cell.png") { _, context in try cellImage(context: context) }
        router.get("/fields/:id/proposal") { request, context in try proposal(request, context: context) }
        router.get("/fields/:id/row/:side") { _, context in try rowImage(context: context) }
        router.get("/records/review") { request, context in try recordPage(request, context: context) }
        router.post("/records/:id/decision") { request, context in try await recordDecision(request, context: context) }
        router.get("/records/:id/row/:side") { _, context in try recordRowImage(context: context) }
        router.get("/supervisor") { _, context in try supervisorPage(context: context) }
        router.get("/supervisor/fields/:id") { _, context in try historyPage(context: context) }
        return router
    }

    // MARK: - Login

    static let loginCookie = "sohoa_login"

    private func loginPage(
        _ request: Request, context: ReviewContext, error: String?, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        if context.reviewer != nil, error == nil { return HTMLPage.redirect(to: "/") }
        // Before a session exists, the login form is protected by a token it must echo from a cookie (kept while the
        // browser has one, so that two tabs of the login page both work).
        let token = request.cookies[Self.loginCookie]?.value ?? UUID().uuidString
        var values: [String: Any] = ["title": "Đăng nhập", "csrf": token]
        if let error { values["error"] = error }
        var response = HTMLPage.response(render("login", context: context, values), status: status)
        response.setCookie(Cookie(name: Self.loginCookie, value: token, path: "/", secure: false, httpOnly: true, sameSite: .strict))
        return response
    }

    private struct LoginForm: ProtectedForm {
        var name: String
        var password: String
        var _csrf: String?
    }

    private func login(_ request: Request, context: ReviewContext) async throws -> Response {
        let form = try await LoginForm.read(request, context: context, expecting: request.cookies[Self.loginCookie]?.value)
        let refused = "Sai tên đăng nhập hoặc mật khẩu."
        guard let reviewer = try store.reviewer(named: form.name.trimmingCharacters(in: .whitespaces)) else {
            return try loginPage(request, context: context, error: refused, status: .unauthorized)
        }
        if let until = reviewer.lockedUntil, until > Date() {
            return try loginPage(request, context: context, error: "Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần; thử lại sau \(Self.time(until)).",
                                 status: .tooManyRequests)
        }
        guard Bcrypt.verify(form.password, hash: reviewer.passwordHash) else {
            if let until = try store.loginFailed(reviewer, limit: lockout.attempts, lockout: lockout.duration) {
                return try loginPage(request, context: context, error: "Tài khoản tạm khóa đến \(Self.time(until)).", status: .tooManyRequests)
            }
            return try loginPage(request, context: context, error: refused, status: .unauthorized)
        }
        let session = try store.openSession(for: reviewer)
        var response = HTMLPage.redirect(to: "/")
        response.setCookie(Cookie(name: SessionMiddleware.cookie, value: session.token, path: "/", secure: false, httpOnly: true,
                                  sameSite: .strict))
        return response
    }

    private struct PlainForm: ProtectedForm {
        var _csrf: String?
    }

    private func logout(_ request: Request, context: ReviewContext) async throws -> Response {
        _ = try await PlainForm.read(request, context: context, expecting: context.csrf)
        if let token = context.sessionToken { try store.closeSession(token: token) }
        var response = HTMLPage.redirect(to: "/login")
        response.setCookie(Cookie(name: SessionMiddleware.cookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
        return response
    }

    // MARK: - Queue and book progress

    private func home(context: ReviewContext) throws -> Response {
        let status = try store.status(lockedByRun: false)
        let books = status.books.map { book -> [String: Any] in
            let pending = book.fields["review"] ?? 0
            let decided = ["confirmed", "corrected", "illegible"].reduce(0) { $0 + (book.fields[$1] ?? 0) }
            return [
                "id": book.id, "pending": pending, "decided": decided, "accepted": book.fields["accepted"] ?? 0,
                "ready": book.exportBlocker(includePending: false) == nil,
            ]
        }
        let reasons = status.reviewReasons.sorted { $0.key < $1.key }.map { reason, count -> [String: Any] in
            ["code": reason, "label": ReviewReason(rawValue: reason).map(ReasonLabels.label) ?? reason, "count": count]
        }
        let types = Set(catalog.pipelines.values.map(\.registerType)).sorted { $0.rawValue < $1.rawValue }.map { type -> [String: Any] in
            ["code": type.rawValue, "label": type.rawValue]
        }
        return HTMLPage.response(render("home", context: context, [
            "title": "Hàng chờ", "pending": status.reviewBacklog, "books": books, "reasons": reasons, "types": types,
        ]))
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
    }

    /// The store's queue filter for a page's filter.
    func queueFilter(_ filter: Filter) -> QueueFilter {
        QueueFilter(
            book: filter.book, pipelines: filter.type.map(catalog.pipelines(of:)), reason: filter.reason.flatMap(ReviewReason.init(rawValue:)))
    }

    private func reviewPage(_ request: Request, context: ReviewContext) throws -> Response {
        guard let reviewer = context.reviewer else { throw HTTPError(.unauthorized) }
        let filter = Filter(request)
        let queue = queueFilter(filter)
        let notice = request.uri.queryParameters["done"].flatMap { Self.notices[String($0)] }
        guard let field = try store.claimNextField(for: reviewer, filter: queue) else {
            var values: [String: Any] = ["title": "Hết việc"]
            if let notice { values["notice"] = notice }
            return HTMLPage.response(render("done", context: context, values))
        }
        return try decisionScreen(field, filter: filter, context: context, notice: notice, error: nil, typed: nil)
    }

    static let notices = [
        "resolved": "Đã lưu.", "second": "Đã lưu lần đọc thứ nhất; người thứ hai sẽ đọc lại trường này.",
        "dispute": "Hai lần đọc khác nhau: trường này được chuyển cho giám sát.", "skipped": "Đã bỏ qua.",
    ]

    private func decisionScreen(
        _ field: ClaimedField, filter: Filter, context: ReviewContext, notice: String?, error: String?, typed: String?,
        status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let entry = catalog.entry(pipeline: field.pipeline, field: field.name)
        let offer = FieldOffer(field: field, entry: entry, catalog: catalog)
        let shown = typed ?? offer.prefill
        // The alternatives first, then the column's list.
        var offered: Set<String> = []
        let choices = (offer.alternatives + offer.list).filter { offered.insert($0).inserted }
        let rowSides = try store.rowBands(ofField: field.fieldId).map { band -> [String: Any] in
            ["side": band.side, "label": band.side == "left" ? "trái" : "phải"]
        }
        let readings = field.readings.map { reading -> [String: Any] in
            ["reviewer": reading.reviewer, "actionLabel": ReasonLabels.label(reading.action), "value": reading.value]
        }
        var values: [String: Any] = [
            "title": entry?.header ?? field.name, "header": entry?.header ?? field.name, "name": field.name, "fieldId": field.fieldId,
            "book": field.bookId, "opening": field.openingSequence, "row": field.row,
            "sideLabel": field.side == "left" ? "trái" : "phải", "secondReading": field.stage == .second,
            "text": field.text, "value": shown, "reasons": field.reasons.map(ReasonLabels.label), "readings": readings,
            "choices": choices, "hasChoices": !choices.isEmpty, "rowSides": rowSides, "hasReadings": !readings.isEmpty, "filter": filter.query,
        ]
        if let notice { values["notice"] = notice }
        if let error { values["error"] = error }
        return HTMLPage.response(render("review", context: context, values), status: status)
    }

    private struct DecisionForm: ProtectedForm {
        var action: String
        var value: String?
        var filter: String?
        var _csrf: String?
    }

    private func decision(_ request: Request, context: ReviewContext) async throws -> Response {
        guard let reviewer = context.reviewer else { throw HTTPError(.unauthorized) }
        let form = try await DecisionForm.read(request, context: context, expecting: context.csrf)
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
            do {
                (action, value) = try TypedDecision.decision(typed: form.value ?? "", field: field, entry: entry, catalog: catalog)
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
        let query = filter.query
        return HTMLPage.redirect(to: "/review?" + (query.isEmpty ? "" : query + "&") + "done=\(done)")
    }

    // MARK: - Images

    private func cellImage(context: ReviewContext) throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self), let field = try store.reviewField(id), let page = field.pageImage,
            let box = Self.cell(field)
        else { throw HTTPError(.notFound) }
        return try png { () throws(ImagingError) in try CellCrop.cell(page: page, box: box) }
    }

    private func rowImage(context: ReviewContext) throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self), let side = context.parameters.get("side"),
            let field = try store.reviewField(id), let band = try store.rowBands(ofField: id).first(where: { $0.side == side })
        else { throw HTTPError(.notFound) }
        let frame = field.side == side ? Self.cell(field) : nil
        return try png { () throws(ImagingError) in
            try CellCrop.row(page: band.pageImage, top: band.top, height: band.height, frame: frame)
        }
    }

    /// The field's cell in its page's master, when its box is known.
    private static func cell(_ field: ClaimedField) -> PixelRect? {
        guard let box = field.box, box.count == 4 else { return nil }
        return PixelRect(x: box[0], y: box[1], width: box[2], height: box[3])
    }

    func png(_ make: () throws(ImagingError) -> Data) throws -> Response {
        let data: Data
        do { data = try make() } catch { throw HTTPError(.internalServerError, message: "\(error)") }
        return Response(status: .ok, headers: [.contentType: "image/png", .cacheControl: "private, no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    // MARK: - Supervisors

    private func requireSupervisor(_ context: ReviewContext) throws {
        guard context.reviewer?.role.includes(.supervisor) == true else {
            throw HTTPError(.forbidden, message: "Trang này chỉ dành cho giám sát.")
        }
    }

    private func supervisorPage(context: ReviewContext) throws -> Response {
        try requireSupervisor(context)
        let reviewers = try store.reviewerActivity().map { activity -> [String: Any] in
            ["name": activity.name, "decisions": activity.decisions, "perHour": String(format: "%.1f", activity.perHour),
             "overturned": activity.overturned]
        }
        let pace = try store.reviewPace().map { pace -> [String: Any] in
            ["name": pace.name, "mode": pace.mode == .record ? "theo bản ghi" : "từng trường", "fields": pace.fields,
             "records": pace.records, "perField": String(format: "%.1f", pace.secondsPerField),
             "perRecord": String(format: "%.1f", pace.secondsPerRecord)]
        }
        return HTMLPage.response(render("supervisor", context: context, [
            "title": "Giám sát", "reviewers": reviewers, "pace": pace, "recent": try store.fieldAudit().map(Self.auditRow),
        ]))
    }

    private func historyPage(context: ReviewContext) throws -> Response {
        try requireSupervisor(context)
        guard let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound) }
        return HTMLPage.response(render("history", context: context, [
            "title": "Lịch sử trường \(id)", "fieldId": id, "entries": try store.fieldAudit(field: id).map(Self.auditRow),
        ]))
    }

    private static func auditRow(_ row: SohoaStore.AuditRow) -> [String: Any] {
        ["at": time(row.at), "actor": row.actor, "action": row.action, "fieldId": row.subjectId ?? 0, "old": row.oldValue ?? "",
         "new": row.newValue ?? ""]
    }

    // MARK: - Rendering

    func render(_ page: String, context: ReviewContext, _ values: [String: Any]) -> String {
        var values = values
        if let reviewer = context.reviewer {
            values["reviewer"] = ["name": reviewer.name, "roleLabel": ReasonLabels.label(reviewer.role),
                                  "isSupervisor": reviewer.role.includes(.supervisor)]
            if values["csrf"] == nil { values["csrf"] = context.csrf ?? "" }
        }
        return pages.render(values, withTemplate: page) ?? ""
    }

    static func time(_ date: Date) -> String {
        let format = DateFormatter()
        format.locale = Locale(identifier: "vi_VN")
        format.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        format.dateFormat = "HH:mm dd/MM/yyyy"
        return format.string(from: date)
    }
}
