public import Foundation
public import Hummingbird
import Mustache
public import SohoaCore
import SohoaImaging
public import SohoaStore

/// The review page (SPEC.md, "Review"): login, the queue, the decision screen with the cell's image, four eyes
/// where it matters, book progress, and the supervisor's audit views. Server-rendered HTML, keyboard first, in
/// Vietnamese; every value HTML-escaped; every form with a CSRF token; nothing served without a session. One file per
/// concern: `+Login`, `+Queue` (home and field mode), `+Records`, `+Groups`, `+Images`, `+Supervisor`.
public struct ReviewServer: Sendable {
    let store: SohoaStore
    let catalog: FieldCatalog
    let pages: MustacheLibrary
    /// Names typed without marks, spelled from the name lists (none when the server has no lists).
    let names: NameTyping?
    /// Failed logins in a row before an account is locked, and for how long.
    let lockout: (attempts: Int, duration: TimeInterval)
    /// The page masters crops and row strips are cut from, decoded once for many pictures.
    let masters = PageCache(capacity: 12)

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

    /// Every handler's store calls, crops and password checks run on `BlockingWork`'s pools.
    public func router() -> Router<ReviewContext> {
        let router = Router(context: ReviewContext.self)
        router.add(middleware: SessionMiddleware(store: store))
        router.get("/style.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: PageTemplates.style + PageTemplates.recordStyle + PageTemplates.groupStyle)))
        }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }
        router.get("/login") { request, context in try await BlockingWork.run { try loginPage(request, context: context, error: nil) } }
        router.post("/login") { request, context in try await login(request, context: context) }
        router.post("/logout") { request, context in try await logout(request, context: context) }
        router.get("/") { _, context in try await BlockingWork.run { try home(context: context) } }
        router.get("/review") { request, context in try await BlockingWork.run { try reviewPage(request, context: context) } }
        router.post("/fields/:id/decision") { request, context in try await decision(request, context: context) }
        router.get("/fields/:id/cell.png") { _, context in try await BlockingWork.run { try cellImage(context: context) } }
        router.get("/fields/:id/proposal") { request, context in try await BlockingWork.run { try proposal(request, context: context) } }
        router.get("/fields/:id/row/:side") { _, context in try await BlockingWork.run { try rowImage(context: context) } }
        router.get("/records/review") { request, context in try await BlockingWork.run { try recordPage(request, context: context) } }
        router.post("/records/:id/decision") { request, context in try await recordDecision(request, context: context) }
        router.get("/records/:id/row/:side") { _, context in try await BlockingWork.run { try recordRowImage(context: context) } }
        router.get("/groups/review") { request, context in try await BlockingWork.run { try groupPage(request, context: context) } }
        router.post("/groups/:id/decision") { request, context in try await groupDecision(request, context: context) }
        router.get("/groups/:id/crop/:position") { _, context in try await BlockingWork.run { try groupCrop(context: context) } }
        router.get("/supervisor") { _, context in try await BlockingWork.run { try supervisorPage(context: context) } }
        router.get("/supervisor/fields/:id") { _, context in try await BlockingWork.run { try historyPage(context: context) } }
        router.post("/supervisor/records/:id/restore") { request, context in try await restoreRecord(request, context: context) }
        return router
    }

    /// The page `page` rendered from `content`, with the header's reviewer and CSRF token from `context`.
    func render(_ page: String, context: ReviewContext, _ content: some PageContent) -> String {
        let reviewer = context.reviewer.map { reviewer in
            RenderedPage.Badge(
                name: reviewer.name, roleLabel: ReasonLabels.label(reviewer.role), isSupervisor: reviewer.role.includes(.supervisor))
        }
        return pages.render(RenderedPage(content: content, reviewer: reviewer, csrf: context.csrf ?? ""), withTemplate: page) ?? ""
    }

    static func time(_ date: Date) -> String {
        let format = DateFormatter()
        format.locale = Locale(identifier: "vi_VN")
        format.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh")
        format.dateFormat = "HH:mm dd/MM/yyyy"
        return format.string(from: date)
    }
}
