import Foundation
import Hummingbird
import HummingbirdBcrypt
import SohoaCore
import SohoaStore

/// Logging in and out: the login form behind a cookie token before any session exists, bcrypt checked on its own
/// pool, lockout after repeated failures, and the session cookie.
extension ReviewServer {
    static let loginCookie = "sohoa_login"

    func loginPage(
        _ request: Request, context: ReviewContext, error: String?, status: HTTPResponse.Status = .ok
    ) throws -> Response {
        if context.reviewer != nil, error == nil { return HTMLPage.redirect(to: "/") }
        // Before a session exists, the login form is protected by a token it must echo from a cookie (kept while the
        // browser has one, so that two tabs of the login page both work).
        let token = request.cookies[Self.loginCookie]?.value ?? UUID().uuidString
        var response = HTMLPage.response(render("login", context: context, LoginPage(csrf: token, error: error)), status: status)
        response.setCookie(Cookie(name: Self.loginCookie, value: token, path: "/", secure: false, httpOnly: true, sameSite: .strict))
        return response
    }

    private struct LoginForm: ProtectedForm {
        var name: String
        var password: String
        var _csrf: String?
    }

    func login(_ request: Request, context: ReviewContext) async throws -> Response {
        let form = try await LoginForm.read(request, context: context, expecting: request.cookies[Self.loginCookie]?.value)
        let refused = "Sai tên đăng nhập hoặc mật khẩu."
        guard let reviewer = try await BlockingWork.run({ try store.reviewer(named: form.name.trimmingCharacters(in: .whitespaces)) }) else {
            return try loginPage(request, context: context, error: refused, status: .unauthorized)
        }
        if let until = reviewer.lockedUntil, until > Date() {
            return try loginPage(request, context: context, error: "Tài khoản tạm khóa vì nhập sai mật khẩu nhiều lần; thử lại sau \(Self.time(until)).",
                                 status: .tooManyRequests)
        }
        guard try await BlockingWork.checkPassword({ Bcrypt.verify(form.password, hash: reviewer.passwordHash) }) else {
            return try await BlockingWork.run {
                if let until = try store.loginFailed(reviewer, limit: lockout.attempts, lockout: lockout.duration) {
                    return try loginPage(request, context: context, error: "Tài khoản tạm khóa đến \(Self.time(until)).", status: .tooManyRequests)
                }
                return try loginPage(request, context: context, error: refused, status: .unauthorized)
            }
        }
        let session = try await BlockingWork.run { try store.openSession(for: reviewer) }
        var response = HTMLPage.redirect(to: "/")
        response.setCookie(Cookie(name: SessionMiddleware.cookie, value: session.token, path: "/", secure: false, httpOnly: true,
                                  sameSite: .strict))
        return response
    }

    func logout(_ request: Request, context: ReviewContext) async throws -> Response {
        _ = try await PlainForm.read(request, context: context, expecting: context.csrf)
        if let token = context.sessionToken { try await BlockingWork.run { try store.closeSession(token: token) } }
        var response = HTMLPage.redirect(to: "/login")
        response.setCookie(Cookie(name: SessionMiddleware.cookie, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict))
        return response
    }
}
