import Foundation
import HummingbirdTesting
import Hummingbird
import SohoaCore
import SohoaReview
import SohoaStore
import SohoaTestSupport
import Testing

/// Group confirmation over HTTP: a grid of one column's crops sharing a value, the odd ones toggled out and sent back,
/// the rest decided with one post; a grid posted with a check crop left untoggled decides nothing and is counted.
@Suite struct GroupReviewTests {
    let base = ReviewServerTests()

    /// 25 records: a damaged name (four eyes, never in a grid), a sex read `Nam` with low confidence except in rows
    /// 21–25, where `Nữ` was accepted (what check crops show), and an ethnic group read `Kinh` with low confidence
    /// except in rows 16–25, where `Tày` was accepted.
    func server() throws -> (ReviewServer, SohoaStore) {
        let female = StoreFixture.Field("nksGioiTinh", text: "Nữ", value: "2", reasons: [])
        let tay = StoreFixture.Field("nksDanToc", text: "Tày", reasons: [])
        return try base.server(records: 25, fields: [
            StoreFixture.Field("nksHoTen", text: "Nguyễn Văn An", reasons: [.blur]),
            StoreFixture.Field("nksGioiTinh", text: "Nam", value: "1", reasons: [.lowConfidence],
                               rows: Dictionary(uniqueKeysWithValues: (21...25).map { ($0, female) })),
            StoreFixture.Field("nksDanToc", text: "Kinh", reasons: [.lowConfidence],
                               rows: Dictionary(uniqueKeysWithValues: (16...25).map { ($0, tay) })),
        ])
    }

    @Test func aGridConfirmsWhatIsLeftUntoggledAndACheckCropLeftUntoggledRefusesIt() async throws {
        defer { try? FileManager.default.removeItem(at: base.workspace.root) }
        let (server, store) = try server()
        try await base.application(server).test(.router) { client in
            var an = Browser(client)
            _ = try await an.logIn("an", ReviewServerTests.password)

            // The largest set sharing a value: twenty sexes read `Nam`, and one check crop among them.
            let first = try await an.get("/groups/review")
            let html = String(buffer: first.body)
            let grid = try #require(Self.groupId(in: first))
            var crops = try store.crops(ofGroup: grid)
            #expect(crops.count == 21 && crops.filter(\.isCheck).count == 1)
            #expect(html.contains("<q class=\"proposed\">Nam</q>") && Self.positions(in: first) == Array(0..<21))
            #expect(!html.contains("/fields/"), "nothing on the page tells a check crop from a field")
            let check = try #require(crops.first { $0.isCheck })
            #expect(try store.reviewField(check.field)?.value == "2", "a check crop shows an accepted field of another value")
            let crop = try await an.get("/groups/\(grid)/crop/\(check.position)")
            #expect(crop.status == .ok && crop.headers[.contentType] == "image/png")
            var binh = Browser(client)
            _ = try await binh.logIn("binh", ReviewServerTests.password)
            #expect(try await binh.get("/groups/\(grid)/crop/0").status == .notFound, "a grid's crops are its reviewer's")

            // Enter without toggling the check crop: nothing is decided, the fields go back, the miss is counted.
            let odd = try #require(crops.first { !$0.isCheck })
            let token = try #require(Browser.csrf(in: first))
            let missed = try await an.post("/groups/\(grid)/decision", ["_csrf": token, "action": "confirm", "odd-\(odd.position)": "1"])
            #expect(missed.headers[.location] == "/groups/review?done=missed")
            #expect(try crops.filter { !$0.isCheck }.allSatisfy { try store.reviewField($0.field)?.status == .review })
            #expect(try store.missedChecks().map(\.name) == ["an"])
            #expect(try await an.get("/groups/\(grid)/crop/0").status == .notFound, "a refused grid is closed")

            // The same fields come again, with a check crop; toggling it and one odd field confirms the rest.
            let again = try await an.get("/groups/review")
            let second = try #require(Self.groupId(in: again))
            crops = try store.crops(ofGroup: second)
            #expect(crops.count == 21)
            let toggled = [try #require(crops.first { $0.isCheck }), try #require(crops.first { !$0.isCheck })]
            var form = ["_csrf": try #require(Browser.csrf(in: again)), "action": "confirm"]
            for crop in toggled { form["odd-\(crop.position)"] = "1" }
            let confirmed = try await an.post("/groups/\(second)/decision", form)
            #expect(confirmed.headers[.location] == "/groups/review?done=confirmed")
            let kept = crops.filter { crop in !crop.isCheck && !toggled.contains { $0.position == crop.position } }
            #expect(kept.count == 19)
            for crop in kept {
                let field = try #require(try store.reviewField(crop.field))
                #expect(field.value == "1" && field.name == "nksGioiTinh")
                #expect(try store.fieldAudit(field: crop.field).map(\.action) == ["confirm (single)"])
            }
            let sentBack = toggled[1].field
            #expect(try store.reviewField(sentBack)?.status == .review, "the odd one goes back with its reading")
            #expect(try store.reviewField(check.field)?.status == .accepted, "a check crop's field is untouched")

            // The next grid is the ethnic groups; the odd sex is in no grid again, and the damaged names never are.
            let next = try await an.get("/groups/review")
            let third = try #require(Self.groupId(in: next))
            #expect(String(buffer: next.body).contains("<q class=\"proposed\">Kinh</q>"))
            #expect(try !store.crops(ofGroup: third).contains { $0.field == sentBack })
            _ = try await an.post("/groups/\(third)/decision", ["_csrf": Browser.csrf(in: next) ?? "", "action": "skip"])
            let none = String(buffer: try await an.get("/groups/review").body)
            #expect(none.contains("Duyệt tiếp theo bản ghi"), "with the ethnic groups given back, no grid is left for an")
            let record = try await an.get("/records/review")
            #expect(RecordReviewTests.fields(in: record).map(\.name).contains("nksHoTen"), "names are keyed in record mode")

            // Supervisors see the misses and the pace of grids.
            var dung = Browser(client)
            _ = try await dung.logIn("dung", ReviewServerTests.password)
            let supervisor = String(buffer: try await dung.get("/supervisor").body)
            #expect(supervisor.contains("<td>an</td><td>1</td><td>1</td>"), "one grid refused for one missed check crop")
            #expect(supervisor.contains("<td>an</td><td>theo nhóm</td><td>19</td><td>19</td>"))
        }
    }

    static func groupId(in response: TestResponse) -> Int64? {
        let html = String(buffer: response.body)
        guard let match = html.firstMatch(of: /\/groups\/([0-9]+)\/decision/) else { return nil }
        return Int64(match.1)
    }

    static func positions(in response: TestResponse) -> [Int] {
        String(buffer: response.body).matches(of: /data-position="([0-9]+)"/).compactMap { Int($0.1) }
    }
}
