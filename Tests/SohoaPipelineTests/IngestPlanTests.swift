import Foundation
@testable import SohoaPipeline
import SohoaStore
import Testing

@Suite struct IngestPlanTests {
    func file(_ name: String, bytes: Int = 100) -> BookFile {
        BookFile(bookId: "b", relativePath: name, url: URL(fileURLWithPath: "/b/\(name)"), byteCount: bytes, isScan: true)
    }

    func stored(_ path: String, _ sha: String, _ status: String = "ingested", _ rejection: String? = nil) -> StoredScanFile {
        StoredScanFile(path: path, sha256: sha, status: status, rejection: rejection)
    }

    @Test func newFilesAreInspectedAndLaterCopiesAreDuplicates() {
        let steps = IngestPlan.steps(for: [(file("1.tif"), "a"), (file("2.tif"), "b"), (file("10.tif"), "a")], stored: [])
        #expect(steps == [.inspect, .inspect, .duplicate(of: "1.tif")])
    }

    @Test func knownFilesAreSkippedAndRenamedOnesFollowed() {
        let steps = IngestPlan.steps(
            for: [(file("1.tif"), "a"), (file("2-new-name.tif"), "b")],
            stored: [stored("1.tif", "a"), stored("2.tif", "b")])
        #expect(steps == [.alreadyIngested, .rename(from: "2.tif")])
    }

    @Test func aCopyOfAStoredFileIsADuplicateWhateverItsPlaceInReadingOrder() {
        let steps = IngestPlan.steps(for: [(file("0.tif"), "a"), (file("5.tif"), "a")], stored: [stored("5.tif", "a")])
        #expect(steps == [.duplicate(of: "5.tif"), .alreadyIngested])
    }

    @Test func emptyFilesAreEachInspectedNotTakenForDuplicates() {
        let steps = IngestPlan.steps(for: [(file("a.png", bytes: 0), "e"), (file("b.png", bytes: 0), "e")], stored: [])
        #expect(steps == [.inspect, .inspect])
    }
}
