import Foundation
import SohoaStore
import Testing

@Suite struct WorkspaceLockTests {
    @Test func aSecondHolderIsRefusedUntilTheFirstLetsGo() throws {
        let workspace = Workspace(root: FileManager.default.temporaryDirectory.appendingPathComponent("lock-\(UUID())"))
        try workspace.create()
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        do {
            let first = try WorkspaceLock(workspace, holder: "first")
            #expect(WorkspaceLock.isHeld(workspace))
            do {
                _ = try WorkspaceLock(workspace, holder: "second")
                Issue.record("a second lock was granted while the first was held")
            } catch {
                #expect(error.kind == .locked)
                #expect(error.message.contains("first"))
                #expect(error.message.contains(workspace.root.path))
            }
            _ = consume first
        }
        #expect(!WorkspaceLock.isHeld(workspace))
        _ = try WorkspaceLock(workspace, holder: "third")
    }
}
