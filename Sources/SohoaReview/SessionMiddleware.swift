import Foundation
import Hummingbird
import SohoaStore

/// Every page but the login page needs a live session; every form post must carry the session's CSRF token.
/// Pages without a session redirect to the login page; images and posts without one are refused outright.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = ReviewContext
    static let cookie = "sohoa_session"
    static let openPaths: Set<String> = ["/login", "/style.css", "/favicon.ico"]
    /// What is refused rather than redirected without a session: the images and proposals of fields, records and
    /// grids (but the pages that serve the next record or grid).
    static let refusedPaths = ["/fields/", "/records/", "/groups/"]
    static let queuePages: Set<String> = ["/records/review", "/groups/review"]

    let store: SohoaStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookie]?.value, let session = try await BlockingWork.run({ [store] in try store.session(token: token) }) {
            context.reviewer = session.reviewer
            context.csrf = session.csrf
            context.sessionToken = token
        }
        guard context.reviewer != nil || Self.openPaths.contains(request.uri.path) else {
            // Pages send the browser to the login page; images and proposals are simply refused.
            let path = request.uri.path
            if request.method == .get, Self.queuePages.contains(path) || !Self.refusedPaths.contains(where: path.hasPrefix) {
                return HTMLPage.redirect(to: "/login")
            }
            throw HTTPError(.unauthorized, message: "Cần đăng nhập.")
        }
        return try await next(request, context)
    }
}
