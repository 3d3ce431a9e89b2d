import Foundation
import SohoaCore
import SohoaStore

/// A test-only switch that makes the process really crash (`abort`) when a stage reaches a named file:
/// `SOHOA_TEST_ABORT_ON=prepare:0002.png`. Unset, it does nothing.
enum TestCrashSwitch {
    static let variable = "SOHOA_TEST_ABORT_ON"
    private static let target: (stage: String, file: Substring)? = {
        guard let value = ProcessInfo.processInfo.environment[variable], let colon = value.firstIndex(of: ":") else { return nil }
        return (String(value[..<colon]), value[value.index(after: colon)...])
    }()

    static func abortIfNamed(_ item: WorkItem) {
        guard let target, target.stage == item.stage.rawValue, let file = item.file, file == target.file else { return }
        abort()
    }
}
