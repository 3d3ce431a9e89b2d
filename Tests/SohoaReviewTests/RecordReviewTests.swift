import Foundation
import HummingbirdTesting
import Hummingbird
import SohoaCore
import SohoaStore
import SohoaTestSupport
import Testing

/// Record mode over HTTP: one screen per ledger row, one submit that is kept whole or not at all, shorthand typed
/// for dates, a blank or illegible field decided in place, four eyes kept, and proposals for text typed without marks.
@Suite struct RecordReviewTests {
    let base = ReviewServerTests()

    @Test func aRecordIsDecidedWithOneSubmitAndEachFieldKeepsItsOwnDecision() async throws {
        defer { try? FileManager.default.removeItem(at: base.workspace.root) }
        let (server, store) = try base.server(records: 2)
        try await base.application(server).test(.router) { client in
            var an = Browser(client)
            _ = try await an.logIn("an", ReviewServerTests.password)
            let page = try await an.get("/records/review")
            let html = String(buffer: page.body)
            let record = try #require(Self.recordId(in: page))
            let fields = Self.fields(in: page)
            #expect(fields.map(\.name) == ["nksHoTen", "nksNgaySinh", "nksNoiSinh", "nksDanToc"], "the row's fields in the form's order")
            let (name, date, place, ethnic) = (fields[0].id, fields[1].id, fields[2].id, fields[3].id)
            #expect(html.contains(#"id="value-\#(date)" name="value-\#(date)" value="""#), "an unsavable reading is not pre-filled")
            #expect(html.contains("31/02/2008"), "but shown as read")
            #expect(html.contains("Bản ghi dòng 1"))
            let token = try #require(Browser.csrf(in: page))
            let action = "/records/\(record)/decision"

            // One invalid value refuses the submission, naming the field; nothing of it is kept.
            var form = ["_csrf": token, "action": "save", "value-\(name)": "Nguyễn Văn An", "value-\(date)": "31022008",
                        "value-\(ethnic)": "Kinh", "value-\(place)": "XÃ Ngọc Trạo, huyện Thạch Thành"]
            let refused = try await an.post(action, form)
            #expect(refused.status == .unprocessableContent && String(buffer: refused.body).contains("không phải là một ngày có thật"))
            #expect(try store.reviewField(place)?.value == "Ngọc Trạo, Thạch Thành", "still as read")

            form["value-\(date)"] = "21022008"
            form["value-\(ethnic)"] = ""
            form["illegible-\(ethnic)"] = "1"
            let saved = try await an.post(action, form)
            #expect(saved.headers[.location] == "/records/review?done=second", "the damaged name waits for a second reader")
            #expect(try store.reviewField(date)?.value == "21.02.2008")
            #expect(try store.reviewField(place)?.value == "Xã Ngọc Trạo, huyện Thạch Thành")
            #expect(try store.fieldAudit(field: ethnic).map(\.action) == ["illegible (single)"])
            #expect(try store.reviewField(name)?.stage == .second)

            // The next screen is the next record; the name comes back to someone else, blind, beside the decided fields.
            #expect(Self.recordId(in: try await an.get("/records/review")) != record)
            var binh = Browser(client)
            _ = try await binh.logIn("binh", ReviewServerTests.password)
            let second = try await binh.get("/records/review")
            #expect(Self.recordId(in: second) == record && Self.fields(in: second).map(\.id) == [name])
            let shown = String(buffer: second.body)
            #expect(shown.contains("lần đọc thứ hai") && shown.contains("21.02.2008") && !shown.contains("value-\(date)"))
            let blank = try await binh.post(action, ["_csrf": Browser.csrf(in: second) ?? "", "value-\(name)": ""])
            #expect(blank.headers[.location] == "/records/review?done=dispute", "a blank against a name: the readings differ")

            // Supervisors see each reviewer's pace in each mode.
            var dung = Browser(client)
            _ = try await dung.logIn("dung", ReviewServerTests.password)
            let supervisor = String(buffer: try await dung.get("/supervisor").body)
            #expect(supervisor.contains("<td>an</td><td>theo bản ghi</td><td>4</td><td>1</td>"), "an's four readings in one record")
            #expect(supervisor.contains("<td>binh</td><td>theo bản ghi</td><td>1</td><td>1</td>"))
        }
    }

    @Test func aBlankRowIsDismissedAsNotARecordAndLeftOutOfTheExportUntilASupervisorGivesItBack() async throws {
        defer { try? FileManager.default.removeItem(at: base.workspace.root) }
        // Row 1 holds a registration date read with certainty: a record. Rows 2 and 3 hold nothing read but marks.
        let blank = StoreFixture.Field("ngayDangKy", text: "", reasons: [])
        let (server, store) = try base.server(records: 3, fields: [
            StoreFixture.Field("nksHoTen", text: "~ ,", reasons: [.smudge]),
            StoreFixture.Field("ngayDangKy", text: "03.03.2008", reasons: [], rows: [2: blank, 3: blank]),
        ])
        try await base.application(server).test(.router) { client in
            var an = Browser(client)
            _ = try await an.logIn("an", ReviewServerTests.password)
            let first = try await an.get("/records/review")
            let row1 = try #require(Self.recordId(in: first))
            #expect(!String(buffer: first.body).contains(#"value="not-a-record""#), "a row with a value read is a record")
            let token = try #require(Browser.csrf(in: first))
            let refused = try await an.post("/records/\(row1)/decision", ["_csrf": token, "action": "not-a-record"])
            #expect(refused.status == .conflict && String(buffer: refused.body).contains("it is a record"))
            #expect(try store.reviewField(Self.fields(in: first)[0].id)?.status == .review, "nothing dismissed")
            _ = try await an.post("/records/\(row1)/decision", ["_csrf": token, "action": "save", "value-\(Self.fields(in: first)[0].id)": "Lò Văn Páo"])

            let second = try await an.get("/records/review")
            let row2 = try #require(Self.recordId(in: second))
            #expect(row2 != row1 && String(buffer: second.body).contains(#"value="not-a-record""#))
            let dismissed = try await an.post("/records/\(row2)/decision", ["_csrf": token, "action": "not-a-record"])
            #expect(dismissed.headers[.location] == "/records/review?done=dismissed")
            #expect(try store.reviewField(Self.fields(in: second)[0].id)?.status == .notARecord)
            #expect(Self.recordId(in: try await an.get("/records/review")) != row2, "the row leaves the queue")

            // The export leaves the row out and counts it; its decision counts in the reviewer's pace.
            let book = try #require(try store.exportBook("b"))
            #expect(book.records.map(\.row) == [1, 3] && book.notRecords == 1)
            #expect(try store.reviewPace().first { $0.name == "an" }?.fields == 2)

            // A reviewer may not give it back; a supervisor sees who dismissed it and gives it back to the queue.
            let forbidden = try await an.post("/supervisor/records/\(row2)/restore", ["_csrf": token])
            #expect(forbidden.status == .forbidden)
            var dung = Browser(client)
            _ = try await dung.logIn("dung", ReviewServerTests.password)
            let supervisor = try await dung.get("/supervisor")
            let listed = String(buffer: supervisor.body)
            #expect(listed.contains("<td>b</td><td>1</td><td>2</td><td>an</td>") && listed.contains("/supervisor/records/\(row2)/restore"))
            let restored = try await dung.post("/supervisor/records/\(row2)/restore", ["_csrf": try #require(Browser.csrf(in: supervisor))])
            #expect(restored.status == .seeOther)
            #expect(try store.exportBook("b")?.notRecords == 0)
            #expect(try store.reviewField(Self.fields(in: second)[0].id)?.status == .review, "back in the queue")
            #expect(try store.dismissedRows().isEmpty)
        }
    }

    @Test func textTypedWithoutMarksIsProposedFromTheListsAndTheBook() async throws {
        defer { try? FileManager.default.removeItem(at: base.workspace.root) }
        let (server, _) = try base.server()
        try await base.application(server).test(.router) { client in
            var an = Browser(client)
            _ = try await an.logIn("an", ReviewServerTests.password)
            let page = try await an.get("/records/review")
            let fields = Self.fields(in: page).map(\.id)
            func proposal(_ field: Int64, _ text: String) async throws -> String {
                let query = text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
                return String(buffer: try await an.get("/fields/\(field)/proposal?text=\(query)").body)
            }
            #expect(try await proposal(fields[0], "nguyen van an") == "Nguyễn Văn An")
            #expect(try await proposal(fields[0], "Nguyễn van") == "", "text with marks is the reviewer's own")
            #expect(try await proposal(fields[3], "muong") == "Mường")
            #expect(try await proposal(fields[2], "ngoc trao") == "Ngọc Trạo, Thạch Thành, Thanh Hóa", "in the shape typed")
            #expect(try await proposal(fields[2], "xa ngoc trao") == "Xã Ngọc Trạo", "what was typed, exactly")
            #expect(try await proposal(fields[2], "xa ngoc trao huyen") == "Xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa")
            #expect(try await proposal(fields[2], "tram y te xa ngoc trao") == "Trạm y tế xã Ngọc Trạo")
            #expect(try await proposal(fields[2], "benh vien da khoa huyen thach thanh") == "Bệnh viện đa khoa huyện Thạch Thành")
            let strip = try await an.get("/records/\(try #require(Self.recordId(in: page)))/row/left")
            #expect(strip.status == .ok && strip.body.readableBytesView.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        }
    }

    /// Field mode offers what record mode does, from the same record: a registration number carries its year, a value
    /// predicted from the row before is pre-filled and marked so, a reading its parser refuses is never pre-filled,
    /// and every pre-fill saves as it stands.
    @Test func fieldModePrefillsCarryTheRecordsContextAndAlwaysSave() async throws {
        defer { try? FileManager.default.removeItem(at: base.workspace.root) }
        let (server, store) = try base.server(records: 2, fields: [
            StoreFixture.Field("so", text: "41/2008", reasons: [], rows: [2: StoreFixture.Field("so", text: "4g", reasons: [.invalidNumber])]),
            StoreFixture.Field("ngayDangKy", text: "03.03.2008", reasons: []),
            StoreFixture.Field("nksNgaySinh", text: "2.4.2o‡o", reasons: [.invalidDate]),
            StoreFixture.Field("nksQuocTich", text: "Việ† Mârn", reasons: [.unknownNationality]),
            StoreFixture.Field("nksGioiTinh", text: "Nữ", value: "2", reasons: [.lowConfidence]),
        ])
        try await base.application(server).test(.router) { client in
            var an = Browser(client)
            _ = try await an.logIn("an", ReviewServerTests.password)
            var prefills: [String: String] = [:]
            var page = try await an.get("/review")
            while let field = String(buffer: page.body).firstMatch(of: /data-field="([A-Za-z]+)"/).map({ String($0.1) }) {
                let html = String(buffer: page.body)
                let id = try #require(html.firstMatch(of: /action="\/fields\/([0-9]+)\/decision"/).flatMap { Int64($0.1) })
                let prefill = try #require(html.firstMatch(of: /id="value" name="value" value="([^"]*)"/).map { String($0.1) })
                prefills[field] = prefill
                if field == "nksQuocTich" { #expect(html.contains(#"class="predicted""#), "Việt Nam is predicted, not read") }
                if field == "nksGioiTinh" { #expect(html.contains(#"id="alt-\#(id)-1" data-value="Nam""#), "the other sex one key away") }
                let saved = try await an.post("/fields/\(id)/decision", ["_csrf": try #require(Browser.csrf(in: page)), "action": "save", "value": prefill])
                #expect(saved.status == .seeOther, "\(field)'s pre-fill «\(prefill)» saves as it stands")
                page = try await an.get("/review")
            }
            #expect(Set(prefills.keys) == ["so", "nksNgaySinh", "nksQuocTich", "nksGioiTinh"])
            #expect(prefills["so"] == "42/2008", "the next number after the row before, with its year")
            #expect(prefills["nksNgaySinh"] == "", "a date its parser refuses is not pre-filled")
            #expect(prefills["nksQuocTich"] == "Việt Nam")
            #expect(prefills["nksGioiTinh"] == "Nữ")
            #expect(try store.exportBook("b")?.records.last?.fields["so"]?.value == "42/2008")
        }
    }

    /// A bare registration number typed beside a registration date belongs to that date's year: the first number of
    /// a new year follows the last one of the old, so the row before would give the wrong year.
    @Test func aBareNumberTakesTheYearOfTheRegistrationDateTypedBesideIt() async throws {
        defer { try? FileManager.default.removeItem(at: base.workspace.root) }
        let (server, store) = try base.server(records: 2, fields: [
            StoreFixture.Field("so", text: "41/2008", reasons: [], rows: [2: StoreFixture.Field("so", text: "l", reasons: [.invalidNumber])]),
            StoreFixture.Field("ngayDangKy", text: "30.12.2008", reasons: [],
                               rows: [2: StoreFixture.Field("ngayDangKy", text: "O2.0l.2oo9", reasons: [.invalidDate])]),
        ])
        try await base.application(server).test(.router) { client in
            var an = Browser(client)
            _ = try await an.logIn("an", ReviewServerTests.password)
            let page = try await an.get("/records/review")
            let record = try #require(Self.recordId(in: page))
            let fields = Dictionary(uniqueKeysWithValues: Self.fields(in: page).map { ($0.name, $0.id) })
            let (number, date) = (try #require(fields["so"]), try #require(fields["ngayDangKy"]))
            let saved = try await an.post("/records/\(record)/decision", [
                "_csrf": try #require(Browser.csrf(in: page)), "action": "save", "value-\(number)": "1", "value-\(date)": "02012009",
            ])
            #expect(saved.status == .seeOther)
            #expect(try store.reviewField(date)?.value == "02.01.2009")
            #expect(try store.reviewField(number)?.value == "1/2009", "not 1/2008, the year of the row before")
        }
    }

    /// The record a record screen is about.
    static func recordId(in response: TestResponse) -> Int64? {
        let html = String(buffer: response.body)
        guard let range = html.range(of: #"/records/[0-9]+/decision"#, options: .regularExpression) else { return nil }
        return Int64(html[range].split(separator: "/")[1])
    }

    /// The fields a record screen asks for, in order.
    static func fields(in response: TestResponse) -> [(id: Int64, name: String)] {
        let html = String(buffer: response.body)
        return html.matches(of: /name="value-([0-9]+)"[^>]*data-name="([A-Za-z]+)"/).compactMap { match in
            Int64(match.1).map { ($0, String(match.2)) }
        }
    }
}
