import CCrashNote
import Foundation
import SohoaCore
import SohoaStore

/// The workspace's crash note (`crash-notes`): each worker thread tells the C signal handler which item it is on,
/// and a thread that crashes the process leaves one line, `run⇥stage⇥subject⇥signal`, that the next run reads.
/// A `kill -9` leaves none: that is how a crash is told from a kill.
enum CrashNote {
    static func file(in workspace: Workspace) -> URL { workspace.root.appendingPathComponent("crash-notes") }

    /// The crashes noted so far; lines cut short or not of this form are skipped.
    static func read(in workspace: Workspace) -> [NotedCrash] {
        guard let text = try? String(contentsOf: file(in: workspace), encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count >= 4, let run = Int64(parts[0]), let stage = WorkStage(rawValue: String(parts[1])),
                let signal = Int(parts[parts.count - 1])
            else { return nil }
            let subject = parts[2..<(parts.count - 1)].joined(separator: "\t")
            return NotedCrash(run: run, stage: stage, subject: subject, signal: signal)
        }
    }

    /// Starts a new note for this process (the old one has been settled) and installs the signal handler.
    static func open(in workspace: Workspace) throws(PipelineRunError) {
        let url = file(in: workspace)
        try? FileManager.default.removeItem(at: url)
        guard CCrashNote_open(url.path) == 0 else {
            throw .store(StoreError(.unreachable, "cannot write the crash note \(url.path): \(String(cString: strerror(errno)))"))
        }
    }

    /// This thread works on `item` for `run` from now on.
    static func begin(_ item: WorkItem, run: Int64) {
        CCrashNote_begin("\(run)\t\(item.stage.rawValue)\t\(item.subject)\t")
    }

    /// This thread's item is done.
    static func end() { CCrashNote_end() }
}
