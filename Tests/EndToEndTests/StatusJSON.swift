import Foundation
import SohoaStore

/// `sohoa status --json`, decoded with the store's own report type.
enum StatusJSON {
    static func read(workspace: URL) throws -> StatusReport {
        let result = try ChildProcess.run(["status", "--workspace", workspace.path, "--json"])
        guard result.ending.exitCode == 0 else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "status failed: \(result.errors)"])
        }
        return try JSONDecoder().decode(StatusReport.self, from: Data(result.output.utf8))
    }

    /// The report without what legitimately differs between two workspaces with the same content.
    static func comparable(_ report: StatusReport) -> StatusReport {
        var report = report
        report.workspace = ""
        report.lastRun = nil
        return report
    }
}
