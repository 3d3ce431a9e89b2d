import Foundation
import Hummingbird

/// A posted HTML form (`application/x-www-form-urlencoded`) that carries the CSRF token of its page.
protocol ProtectedForm: Decodable {
    var _csrf: String? { get }
}

extension ProtectedForm {
    /// Decodes the form of `request`, refusing it unless it carries `expected` as its CSRF token.
    static func read(_ request: Request, context: some RequestContext, expecting expected: String?) async throws -> Self {
        let buffer = try await request.body.collect(upTo: 64 * 1024)
        let form: Self
        do { form = try URLEncodedFormDecoder().decode(Self.self, from: String(buffer: buffer)) } catch {
            throw HTTPError(.badRequest, message: "Biểu mẫu không đọc được.")
        }
        guard let expected, let given = form._csrf, Self.same(given, expected) else {
            throw HTTPError(.forbidden, message: "Biểu mẫu không hợp lệ (thiếu mã CSRF). Hãy tải lại trang.")
        }
        return form
    }

    /// Compares in time independent of where the strings differ.
    private static func same(_ given: String, _ expected: String) -> Bool {
        given.utf8.count == expected.utf8.count && zip(given.utf8, expected.utf8).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

/// A form that carries nothing but its CSRF token: a button's post.
struct PlainForm: ProtectedForm {
    var _csrf: String?
}

/// A key of a form whose keys are made at run time (`value-<field id>`, `odd-<position>`).
struct FormKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }

    /// The number the key carries after `prefix` (`value-42` after `value-` is 42).
    func number(after prefix: String) -> Int64? {
        stringValue.hasPrefix(prefix) ? Int64(stringValue.dropFirst(prefix.count)) : nil
    }
}
