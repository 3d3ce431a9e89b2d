import Foundation
import HummingbirdTesting
import Hummingbird

/// A test client that keeps cookies like a browser, posts forms, and reads a page's CSRF token.
struct Browser: Sendable {
    let client: any TestClientProtocol
    var cookies: [String: String] = [:]

    init(_ client: any TestClientProtocol) { self.client = client }

    mutating func get(_ path: String) async throws -> TestResponse {
        try keep(await client.execute(uri: path, method: .get, headers: headers()))
    }

    mutating func post(_ path: String, _ form: [String: String]) async throws -> TestResponse {
        var headers = headers()
        headers[.contentType] = "application/x-www-form-urlencoded"
        var components = URLComponents()
        components.queryItems = form.sorted { $0.key < $1.key }.map { URLQueryItem(name: $0.key, value: $0.value) }
        let body = (components.percentEncodedQuery ?? "").replacingOccurrences(of: "+", with: "%2B")
        return try keep(await client.execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body)))
    }

    /// Signs in through the login form; returns the response to the post.
    mutating func logIn(_ name: String, _ password: String) async throws -> TestResponse {
        let page = try await get("/login")
        return try await post("/login", ["name": name, "password": password, "_csrf": Self.csrf(in: page) ?? ""])
    }

    /// The CSRF token of the first form on a page.
    static func csrf(in response: TestResponse) -> String? {
        let html = String(buffer: response.body)
        guard let range = html.range(of: #"name="_csrf" value="([^"]*)""#, options: .regularExpression) else { return nil }
        return html[range].split(separator: "\"").dropFirst(3).first.map(String.init)
    }

    private func headers() -> HTTPFields {
        var headers = HTTPFields()
        if !cookies.isEmpty { headers[.cookie] = cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        return headers
    }

    private mutating func keep(_ response: TestResponse) -> TestResponse {
        for line in response.headers[values: .setCookie] {
            let pair = line.split(separator: ";").first?.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false) ?? []
            guard pair.count == 2 else { continue }
            if pair[1].isEmpty { cookies[String(pair[0])] = nil } else { cookies[String(pair[0])] = String(pair[1]) }
        }
        return response
    }
}
