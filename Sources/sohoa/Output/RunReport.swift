import Foundation
import SohoaPipeline
import SohoaStore

/// The few lines `run` prints when it ends, and the exit status they imply.
struct RunReport {
    let summary: IngestStage.Summary
    let status: StatusReport
    let workspace: Workspace
    let started: Date
    let stages: StageTimes

    /// Prints the report and returns the exit status: 2 when a book or an input of this batch is rejected.
    func print() -> ExitStatus {
        let books = Set(summary.books + summary.rejectedBooks)
        let mine = status.books.filter { books.contains($0.id) }
        let rejected = status.rejected.filter { books.contains($0.book) }
        let frames = mine.reduce(0) { $0 + $1.frames }
        let files = mine.reduce(0) { $0 + $1.files }
        Swift.print("\(summary.books.count) book(s), \(files) file(s), \(frames) frame(s) in \(workspace.root.path)")
        for book in status.books where summary.rejectedBooks.contains(book.id) {
            Swift.print("book not processed: \(book.configurationError ?? book.id)")
        }
        if !rejected.isEmpty {
            Swift.print("\(rejected.count) input(s) rejected:")
            for input in rejected { Swift.print("  " + StatusText.line(for: input)) }
        }
        let seconds = String(format: "%.1f", Date().timeIntervalSince(started))
        let memory = ResourceUsage.peakResidentBytes().map { " · peak memory \($0 / 1_048_576) MB" } ?? ""
        let perStage = stages.entries.map { String(format: "%@ %.1f s", $0.stage, $0.seconds) }.joined(separator: " · ")
        Swift.print("time \(seconds) s (\(perStage))\(memory)")
        Swift.print("details: sohoa status --workspace \(workspace.root.path)")
        return rejected.isEmpty && summary.rejectedBooks.isEmpty ? .success : .finishedWithRejections
    }
}
