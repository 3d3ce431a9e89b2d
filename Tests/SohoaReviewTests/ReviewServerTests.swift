import Foundation
import HummingbirdBcrypt
import HummingbirdTesting
import Hummingbird
import SohoaCore
import SohoaPipeline
import SohoaReview
import SohoaStore
import SohoaTestSupport
import Testing

/// The review page served from a real store, driven over HTTP: sessions, CSRF, escaping, lockout, claims, four eyes.
@Suite struct ReviewServerTests {
    let workspace = Workspace(root: FileManager.default.temporaryDirectory.appendingPathComponent("review-server-\(UUID())"))
    static let password = "mật khẩu dài 1"
    static let script = "<script>alert(1)</script>"

    /// A server over a book of `records` records of `fields`: by default a damaged name (four eyes), an impossible
    /// birth date, an ethnic group read as a script tag and a place the lists do not know.
    func server(
        records: Int = 1, lockout: (Int, TimeInterval) = (5, 900),
        fields: [StoreFixture.Field] = [
            StoreFixture.Field("nksHoTen", text: "Nguyễn Văn An", reasons: [.blur]),
            StoreFixture.Field("nksNgaySinh", text: "31/02/2008", reasons: [.invalidDate]),
            StoreFixture.Field("nksDanToc", text: Self.script, reasons: [.unknownEthnic]),
            StoreFixture.Field("nksNoiSinh", text: "Ngọc Trạo, Thạch Thành", reasons: [.unknownPlace]),
        ]
    ) throws -> (ReviewServer, SohoaStore) {
        let store = try StoreFixture.store(in: workspace, records: records, fields: fields)
        for (name, role) in [("an", ReviewerRole.reviewer), ("binh", .reviewer), ("dung", .supervisor)] {
            _ = try store.addReviewer(name: name, role: role, passwordHash: Bcrypt.hash(Self.password, cost: 4))
        }
        let catalog = PipelineCatalog(folder: StoreFixture.root.appendingPathComponent("pipelines"))
        let pipelines = try Dictionary(uniqueKeysWithValues: catalog.names.map { ($0, try catalog.pipeline(named: $0)) })
        let ethnic = try EthnicGroups(tsv: String(contentsOf: StoreFixture.root.appendingPathComponent("domain/ethnic-groups.tsv"), encoding: .utf8))
        let history = try String(contentsOf: StoreFixture.root.appendingPathComponent("domain/admin-units-history.json"), encoding: .utf8)
        let places = try PlaceChoices(history: history)
        func read(_ file: String) throws -> String {
            try String(contentsOf: StoreFixture.root.appendingPathComponent("domain/\(file)"), encoding: .utf8)
        }
        let names = try PersonNames(
            surnames: read("surnames.tsv"), givenMale: read("given-names-male.txt"), givenFemale: read("given-names-female.txt"))
        return (try ReviewServer(store: store, pipelines: pipelines, ethnicGroups: ethnic, places: places, names: names, lockout: lockout), store)
    }

    func application(_ server: ReviewServer) -> some ApplicationProtocol { Application(router: server.router()) }

    @Test func noPageImageOrPostWithoutASession() async throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (server, _) = try server()
        try await application(server).test(.router) { client in
            var browser = Browser(client)
            for path in ["/", "/review", "/records/review", "/supervisor", "/supervisor/fields/1"] {
                let response = try await browser.get(path)
                #expect(response.status == .seeOther && response.headers[.location] == "/login", "\(path)")
            }
            #expect(try await browser.get("/fields/1/cell.png").status == .unauthorized)
            #expect(try await browser.get("/fields/1/row/left").status == .unauthorized)
            #expect(try await browser.get("/records/1/row/left").status == .unauthorized)
            #expect(try await browser.get("/fields/1/proposal?text=an").status == .unauthorized)
            #expect(try await browser.post("/records/1/decision", ["action": "save", "value-1": "x"]).status == .unauthorized)
            #expect(try await browser.post("/fields/1/decision", ["action": "save", "value": "x"]).status == .unauthorized)
            #expect(try await browser.get("/login").status == .ok)
            // A session cookie that the store does not know opens nothing.
            browser.cookies["sohoa_session"] = String(repeating: "ab", count: 32)
            #expect(try await browser.get("/").status == .seeOther)
        }
    }

    @Test func postsWithoutTheCSRFTokenAreRefused() async throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (server, _) = try server()
        try await application(server).test(.router) { client in
            var browser = Browser(client)
            // The login form is protected before any session exists.
            #expect(try await browser.post("/login", ["name": "an", "password": Self.password]).status == .forbidden)
            #expect(try await browser.post("/login", ["name": "an", "password": Self.password, "_csrf": "guess"]).status == .forbidden)
            #expect(try await browser.logIn("an", Self.password).status == .seeOther)
            let page = try await browser.get("/review")
            let field = try #require(Self.fieldId(in: page))
            #expect(try await browser.post("/fields/\(field)/decision", ["action": "save", "value": "Nguyễn Văn An"]).status == .forbidden)
            #expect(try await browser.post("/fields/\(field)/decision", ["action": "save", "value": "Nguyễn Văn An", "_csrf": "x"]).status == .forbidden)
            #expect(try await browser.post("/logout", [:]).status == .forbidden)
            let token = try #require(Browser.csrf(in: page))
            #expect(try await browser.post("/fields/\(field)/decision", ["action": "skip", "_csrf": token]).status == .seeOther)
            #expect(try await browser.post("/logout", ["_csrf": token]).status == .seeOther)
            #expect(try await browser.get("/").status == .seeOther, "logged out")
        }
    }

    @Test func aReadingThatIsMarkupIsShownAsText() async throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (server, _) = try server()
        try await application(server).test(.router) { client in
            var browser = Browser(client)
            _ = try await browser.logIn("an", Self.password)
            let page = try await browser.get("/review?reason=unknown-ethnic")
            let html = String(buffer: page.body)
            #expect(html.contains("Dân tộc"), "the ethnic field is the one shown")
            #expect(!html.contains(Self.script))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        }
    }

    @Test func repeatedBadPasswordsLockTheAccount() async throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (server, store) = try server(lockout: (3, 900))
        try await application(server).test(.router) { client in
            var browser = Browser(client)
            #expect(try await browser.logIn("an", "wrong").status == .unauthorized)
            #expect(try await browser.logIn("an", "wrong").status == .unauthorized)
            let locked = try await browser.logIn("an", "wrong")
            #expect(locked.status == .tooManyRequests && String(buffer: locked.body).contains("khóa"))
            #expect(try await browser.logIn("an", Self.password).status == .tooManyRequests, "the right password waits too")
            #expect(try store.reviewer(named: "an")?.lockedUntil != nil)
            #expect(try await browser.logIn("nobody", Self.password).status == .unauthorized)
            #expect(try await browser.logIn("binh", Self.password).status == .seeOther, "others are not locked")
        }
    }

    @Test func twoReviewersAtOnceAreGivenDifferentFields() async throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (server, _) = try server(records: 4)
        try await application(server).test(.router) { client in
            var an = Browser(client)
            var binh = Browser(client)
            _ = try await an.logIn("an", Self.password)
            _ = try await binh.logIn("binh", Self.password)
            for _ in 0..<5 {
                let (anNow, binhNow) = (an, binh)
                async let first = Self.fetch(anNow, "/review")
                async let second = Self.fetch(binhNow, "/review")
                let (a, b) = try await (first, second)
                let (fieldA, fieldB) = (try #require(Self.fieldId(in: a)), try #require(Self.fieldId(in: b)))
                #expect(fieldA != fieldB)
                for (browser, page, field) in [(an, a, fieldA), (binh, b, fieldB)] {
                    var browser = browser
                    _ = try await browser.post("/fields/\(field)/decision", ["action": "skip", "_csrf": Browser.csrf(in: page) ?? ""])
                }
            }
        }
    }

    @Test func fourEyesNeverLetsAReviewerConfirmTheirOwnReading() async throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (server, store) = try server()
        try await application(server).test(.router) { client in
            var an = Browser(client)
            _ = try await an.logIn("an", Self.password)
            let page = try await an.get("/review?reason=blur")
            let name = try #require(Self.fieldId(in: page))
            let token = try #require(Browser.csrf(in: page))
            let first = try await an.post("/fields/\(name)/decision", ["action": "save", "value": "Nguyễn Văn An", "_csrf": token, "filter": "reason=blur"])
            #expect(first.headers[.location] == "/review?reason=blur&done=second")
            #expect(String(buffer: try await an.get("/review?reason=blur").body).contains("Không còn trường nào"))
            let again = try await an.post("/fields/\(name)/decision", ["action": "save", "value": "Nguyễn Văn An", "_csrf": token])
            #expect(again.status == .conflict, "no second reading of one's own")

            var binh = Browser(client)
            _ = try await binh.logIn("binh", Self.password)
            let second = try await binh.get("/review?reason=blur")
            #expect(Self.fieldId(in: second) == name && String(buffer: second.body).contains("lần đọc thứ hai"))
            let done = try await binh.post("/fields/\(name)/decision", ["action": "save", "value": "Nguyễn Văn An", "_csrf": Browser.csrf(in: second) ?? ""])
            #expect(done.headers[.location] == "/review?done=resolved")
            #expect(try store.reviewField(name)?.readings.isEmpty == true)
            let status = try store.status(lockedByRun: false).books.first?.fields
            #expect(status?["confirmed"] == 1)
        }
    }

    @Test func differentReadingsGoToASupervisorWhoSeesBoth() async throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (server, store) = try server()
        try await application(server).test(.router) { client in
            for (name, value) in [("an", "Nguyễn Văn Ân"), ("binh", "Nguyễn Văn Án")] {
                var reviewer = Browser(client)
                _ = try await reviewer.logIn(name, Self.password)
                let page = try await reviewer.get("/review?reason=blur")
                let field = try #require(Self.fieldId(in: page))
                _ = try await reviewer.post("/fields/\(field)/decision", ["action": "save", "value": value, "_csrf": Browser.csrf(in: page) ?? ""])
            }
            var dung = Browser(client)
            _ = try await dung.logIn("dung", Self.password)
            let page = try await dung.get("/review?reason=blur")
            let html = String(buffer: page.body)
            #expect(html.contains("Hai lần đọc khác nhau") && html.contains("Nguyễn Văn Ân") && html.contains("Nguyễn Văn Án"))
            let field = try #require(Self.fieldId(in: page))
            let settled = try await dung.post("/fields/\(field)/decision", ["action": "save", "value": "Nguyễn Văn Ân", "_csrf": Browser.csrf(in: page) ?? ""])
            #expect(settled.headers[.location] == "/review?done=resolved")
            #expect(try store.reviewField(field)?.value == "Nguyễn Văn Ân")
        }
    }

    @Test func anImpossibleDateIsRefusedWithAMessageAndAPossibleOneCorrectsTheField() async throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (server, store) = try server()
        try await application(server).test(.router) { client in
            var an = Browser(client)
            _ = try await an.logIn("an", Self.password)
            let page = try await an.get("/review?reason=invalid-date")
            let field = try #require(Self.fieldId(in: page))
            let html = String(buffer: page.body)
            #expect(html.contains("31/02/2008") && html.contains(#"id="value" name="value" value="""#),
                    "the reading is shown, and not pre-filled: it could not be saved")
            let token = try #require(Browser.csrf(in: page))
            let refused = try await an.post("/fields/\(field)/decision", ["action": "save", "value": "31/02/2008", "_csrf": token])
            #expect(refused.status == .unprocessableContent && String(buffer: refused.body).contains("không phải là một ngày có thật"))
            let saved = try await an.post("/fields/\(field)/decision", ["action": "save", "value": "21/02/2008", "_csrf": token])
            #expect(saved.status == .seeOther)
            let decided = try #require(try store.reviewField(field))
            #expect(decided.value == "21.02.2008")
            #expect(try store.fieldAudit(field: field).map(\.action) == ["correct (single)"])
        }
    }

    @Test func theCellImageIsServedAndTheSupervisorPagesOnlyToSupervisors() async throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (server, _) = try server()
        try await application(server).test(.router) { client in
            var an = Browser(client)
            _ = try await an.logIn("an", Self.password)
            let field = try #require(Self.fieldId(in: try await an.get("/review")))
            let image = try await an.get("/fields/\(field)/cell.png")
            #expect(image.status == .ok && image.headers[.contentType] == "image/png")
            #expect(image.body.readableBytesView.starts(with: [0x89, 0x50, 0x4E, 0x47]))
            let row = try await an.get("/fields/\(field)/row/left")
            #expect(row.status == .ok && row.headers[.contentType] == "image/png")
            #expect(try await an.get("/fields/\(field)/row/right").status == .notFound, "the fixture's record is on the left page only")
            #expect(try await an.get("/supervisor").status == .forbidden)
            var dung = Browser(client)
            _ = try await dung.logIn("dung", Self.password)
            let supervisor = try await dung.get("/supervisor")
            #expect(supervisor.status == .ok && String(buffer: supervisor.body).contains("an"))
            #expect(try await dung.get("/supervisor/fields/\(field)").status == .ok)
        }
    }

    @Test func controlledVocabulariesAreOfferedAsChoices() async throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (server, _) = try server()
        try await application(server).test(.router) { client in
            var an = Browser(client)
            _ = try await an.logIn("an", Self.password)
            let place = String(buffer: try await an.get("/review?reason=unknown-place").body)
            #expect(place.contains(#"<option value="Xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa">"#), "as the sheet writes it")
            let ethnic = String(buffer: try await an.get("/review?reason=unknown-ethnic").body)
            #expect(ethnic.contains(#"<option value="Kinh">"#) && ethnic.contains(#"<option value="Mường">"#))
        }
    }

    /// A page fetched by a copy of `browser` (its cookies are not changed by the fetch).
    static func fetch(_ browser: Browser, _ path: String) async throws -> TestResponse {
        var browser = browser
        return try await browser.get(path)
    }

    /// The field a decision screen is about.
    static func fieldId(in response: TestResponse) -> Int64? {
        let html = String(buffer: response.body)
        guard let range = html.range(of: #"/fields/[0-9]+/decision"#, options: .regularExpression) else { return nil }
        return Int64(html[range].split(separator: "/")[1])
    }
}
