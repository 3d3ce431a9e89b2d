import Foundation
import GRDB
import SohoaCore
@testable import SohoaStore
import SohoaTestSupport
import Testing

@Suite struct PreparationStoreTests {
    let workspace = Workspace(root: FileManager.default.temporaryDirectory.appendingPathComponent("prep-\(UUID())"))

    /// A store with one book, one ingested frame, not yet prepared.
    func storeWithOneFrame() throws -> (SohoaStore, FrameToPrepare) {
        try StoreFixture.storeWithOneFrame(in: workspace, noiDangKy: "UBND xã A")
    }

    func page(_ side: String, _ number: Int?) -> PreparedPageEntry {
        PreparedPageEntry(
            side: side, pageNumber: number, pageNumberConfidence: number.map { _ in 0.95 }, masterPath: "pages/b/\(side).tif",
            deliveryPath: "pages/b/\(side).jpg", preparation: Data(#"{"quality":{"focus":50,"contrast":90,"residualSkewDegrees":0.1}}"#.utf8),
            reasons: [])
    }

    @Test func aPreparedFrameIsCommittedWholeAndNotPreparedAgain() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (store, frame) = try storeWithOneFrame()
        #expect(frame.file.path == "/batch/b/0001.tif" && frame.dpi == 200)
        let analysis = Data(#"{"kind":"spread","kindConfidence":0.85}"#.utf8)
        try store.savePreparedFrame(frame.frameId, analysis: analysis, pages: [page("left", 12), page("right", 13)])
        #expect(try store.framesToPrepare().isEmpty)
        let pages = try store.preparedPages(ofBook: "b")
        #expect(pages.map(\.side) == ["left", "right"] && pages.map(\.pageNumber) == [12, 13])
        // Preparing again replaces the pages instead of adding to them.
        try store.savePreparedFrame(frame.frameId, analysis: analysis, pages: [page("left", 12), page("right", 13)])
        #expect(try store.preparedPages(ofBook: "b").count == 2)
        let kinds = try store.frameKinds(ofBook: "b")
        #expect(kinds.count == 1 && kinds[0].kind == "spread" && kinds[0].confidence == 0.85)
    }

    @Test func aReasonIsAddedOnceAndShownInStatus() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (store, frame) = try storeWithOneFrame()
        try store.savePreparedFrame(frame.frameId, analysis: Data("{}".utf8), pages: [page("left", 12), page("right", 13)])
        try store.addReason("layout-uncertain", toPagesOfFrame: frame.frameId)
        try store.addReason("layout-uncertain", toPagesOfFrame: frame.frameId)
        let attention = try store.status(lockedByRun: false).attention
        #expect(attention.map(\.reasons) == [["layout-uncertain"], ["layout-uncertain"]])
        let book = try #require(try store.status(lockedByRun: false).books.first)
        #expect(book.pages == 2 && book.quality?.meanFocus == 50)
    }

    @Test func openingsKeepTheirIdsWhenRebuiltUnchanged() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let (store, frame) = try storeWithOneFrame()
        try store.savePreparedFrame(frame.frameId, analysis: Data("{}".utf8), pages: [page("left", 12), page("right", 13)])
        let pages = try store.preparedPages(ofBook: "b")
        let opening = OpeningEntry(leftPageId: pages[0].id, rightPageId: pages[1].id, problem: nil)
        try store.replaceOpenings(ofBook: "b", with: [opening])
        let first = try store.pool.read { try Int64.fetchAll($0, sql: "SELECT id FROM opening") }
        try store.replaceOpenings(ofBook: "b", with: [opening])
        let second = try store.pool.read { try Int64.fetchAll($0, sql: "SELECT id FROM opening") }
        #expect(first == second && first.count == 1)
        #expect(try store.status(lockedByRun: false).books.first?.openings == 1)
    }
}
