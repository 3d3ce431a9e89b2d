import Foundation
import SohoaImaging
import Testing

/// The review page's decoded masters: one decode for many crops of a page, a fresh one once the page is written again,
/// and the crops the same as cut from the file.
@Suite struct PageCacheTests {
    @Test func aPageIsDecodedOnceUntilItIsWrittenAgain() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sohoa-pages-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("page.tif")
        try FileManager.default.copyItem(at: SampleFiles.repository.appendingPathComponent("samples/batch/ks-thachthanh-2008-01/0001.tif"), to: page)
        let cache = PageCache(capacity: 2)
        let first = try cache.page(at: page)
        #expect(try cache.page(at: page) === first)
        let box = PixelRect(x: 200, y: 500, width: 400, height: 150)
        #expect(try CellCrop.cell(page: page, box: box, pages: cache) == CellCrop.cell(page: page, box: box))

        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: page.path)
        #expect(try cache.page(at: page) !== first, "a page written again is decoded again")
    }
}
