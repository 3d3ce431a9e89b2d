public import Foundation
public import SohoaCore
public import SohoaStore

/// Workspace stores for the tests: book `b` (pipeline `ks-ledger`) with one ingested frame, or with one read opening
/// whose records wait for review (the queue's and the review page's tests). The opening's pages are the first
/// sample scan, so that cell crops come from a real image.
public enum StoreFixture {
    /// A field of every record: its export column, reading and reasons.
    public struct Field: Sendable {
        public var name: String
        public var text: String
        public var value: String
        public var reasons: [ReviewReason]
        /// Rows where the field reads otherwise: its text, value and reasons there.
        public var rows: [Int: Field]

        public init(_ name: String, text: String, value: String? = nil, reasons: [ReviewReason], rows: [Int: Field] = [:]) {
            (self.name, self.text, self.value, self.reasons, self.rows) = (name, text, value ?? text, reasons, rows)
        }
    }

    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Opens a store in `workspace` holding book `b` and one ingested frame of it, not yet prepared.
    public static func storeWithOneFrame(
        in workspace: Workspace, noiDangKy: String = "UBND xã Ngọc Trạo, huyện Thạch Thành, tỉnh Thanh Hóa"
    ) throws -> (SohoaStore, FrameToPrepare) {
        let store = try SohoaStore(workspace: workspace)
        let configuration = BookConfiguration(pipeline: "ks-ledger", noiDangKy: noiDangKy, quyenSo: "01/2008", namMoSo: 2008)
        try store.saveBook(BookEntry(id: "b", folder: "/batch/b", configuration: .success(configuration)))
        let facts = FrameFacts(
            index: 0, width: 3400, height: 2400, bitsPerSample: 8, samplesPerPixel: 1, hasColormap: false, encoding: "lzw",
            resolution: ScanResolution(dpi: 200, isEstimated: false))
        try store.saveIngestedFile(
            IngestedFile(bookId: "b", path: "0001.tif", sha256: "aa", byteCount: 1, outcome: .frames(format: "tiff", [.ingested(facts)])),
            runId: nil)
        guard let frame = try store.framesToPrepare().first else { throw CocoaError(.fileNoSuchFile) }
        return (store, frame)
    }

    /// Opens a store in `workspace` with `records` records of `fields` each; the rows in `marksOnly` come as
    /// recognition leaves a row of marks on a blank line (`RowPresence.marksOnly`): dismissed.
    public static func store(in workspace: Workspace, records: Int, fields: [Field], marksOnly: Set<Int> = []) throws -> SohoaStore {
        let (store, frame) = try storeWithOneFrame(in: workspace)
        let pages = workspace.root.appendingPathComponent("pages/b")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        let scan = root.appendingPathComponent("samples/batch/ks-thachthanh-2008-01/0001.tif")
        for side in ["left", "right"] where !FileManager.default.fileExists(atPath: pages.appendingPathComponent("\(side).tif").path) {
            try FileManager.default.copyItem(at: scan, to: pages.appendingPathComponent("\(side).tif"))
        }
        try store.savePreparedFrame(frame.frameId, analysis: Data("{}".utf8), pages: ["left", "right"].map { side in
            PreparedPageEntry(
                side: side, pageNumber: nil, pageNumberConfidence: nil, masterPath: "pages/b/\(side).tif",
                deliveryPath: "pages/b/\(side).jpg", preparation: Data("{}".utf8), reasons: [])
        })
        let prepared = try store.preparedPages(ofBook: "b")
        try store.replaceOpenings(ofBook: "b", with: [OpeningEntry(leftPageId: prepared[0].id, rightPageId: prepared[1].id, problem: nil)])
        guard let opening = try store.openingsToRead().first else { throw CocoaError(.fileNoSuchFile) }
        let entries = (1...records).map { row in
            RecordEntry(row: row, fields: fields.map { field in
                let field = field.rows[row] ?? field  // cells wrap every ten rows, to stay on the sample page
                var decision = FieldDecision(name: field.name, text: field.text, value: field.value, confidence: 0.4, reasons: field.reasons)
                if marksOnly.contains(row) { decision.dismissAsNotARecord() }
                return RecordEntry.Field(
                    decision: decision,
                    side: "left", box: [200, 300 + 200 * ((row - 1) % 10 + 1), 400, 150], evidence: Data("{}".utf8))
            })
        }
        try store.saveReadOpening(opening.openingId, layout: Data("{}".utf8), records: entries)
        return store
    }
}
