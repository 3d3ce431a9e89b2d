import Foundation
import SohoaCore
import SohoaStore

/// `sohoa status` as text for a person: a table of books, then what needs attention.
enum StatusText {
    static func render(_ report: StatusReport) -> String {
        var lines = ["workspace \(report.workspace)"]
        if let run = report.lastRun {
            let end = run.finishedAt.map { "finished \($0), exit \(run.exitCode ?? 0)" }
                ?? (run.interrupted ? "interrupted (run it again to resume)" : "running")
            lines.append("last \(run.command) #\(run.id) \(run.batch ?? ""): started \(run.startedAt), \(end)")
        }
        lines.append("")
        let header = ["book", "pipeline", "files", "frames", "pages", "openings", "records", "rejected", "focus", "contrast", "skew"]
        var table = [header]
        for book in report.books + [report.totals] {
            table.append([
                book.id, book.pipeline ?? (book.configurationError == nil ? "" : "(invalid)"), "\(book.files)",
                "\(book.frames)", "\(book.pages)", "\(book.openings)", "\(book.records)", "\(book.rejectedInputs)",
                book.quality.map { "\($0.meanFocus)" } ?? "", book.quality.map { "\($0.meanContrast)" } ?? "",
                book.quality.map { "\($0.maxResidualSkewDegrees)°" } ?? "",
            ])
        }
        lines += align(table)
        lines.append("")
        let fields = FieldStatus.allCases.map { "\($0.rawValue) \(report.totals.fields[$0.rawValue] ?? 0)" }
        lines.append("fields: " + fields.joined(separator: " · "))
        let pace = report.measuredSecondsPerField.map { String(format: "%.1f s a field as measured", $0) }
            ?? String(format: "%.0f s a field until reviewers are timed", StatusReport.assumedSecondsPerField)
        lines.append("review backlog: \(report.reviewBacklog) field(s) in \(report.reviewBacklogRecords) record(s), about "
            + String(format: "%.1f", report.reviewerHours) + " reviewer-hour(s) at \(pace)")
        if !report.reviewReasons.isEmpty {
            let reasons = report.reviewReasons.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
            lines.append("  because: " + reasons.map { "\($0.key) \($0.value)" }.joined(separator: " · "))
        }
        lines.append("quality: focus = mean edge strength at the ink (150 dpi), contrast = paper minus ink, skew = largest left on a page")
        let invalid = report.books.compactMap(\.configurationError)
        if !invalid.isEmpty {
            lines.append("")
            lines.append("books not processed (\(invalid.count)):")
            lines += invalid.map { "  \($0)" }
        }
        if !report.attention.isEmpty {
            lines.append("")
            lines.append("pages to look at (\(report.attention.count)):")
            lines += report.attention.map { item in
                let place = [item.file, item.frame.map { "frame \($0)" }, item.side].compactMap { $0 }.joined(separator: " ")
                return "  \(item.book)\(place.isEmpty ? "" : "/" + place): \(item.reasons.joined(separator: ", "))"
            }
        }
        if !report.rejected.isEmpty {
            lines.append("")
            lines.append("rejected inputs (\(report.rejected.count)):")
            lines += report.rejected.map { "  " + line(for: $0) }
        }
        if !report.interrupted.isEmpty {
            lines.append("")
            lines.append("work a run died on, tried again by the next run (\(report.interrupted.count)):")
            lines += report.interrupted.map { item in
                let place = [item.file, item.frame.map { "frame \($0)" }].compactMap { $0 }.joined(separator: " ")
                return "  \(item.book)/\(place) (\(item.stage)): \(item.crashes) crash(es), \(item.interruptions) interruption(s)"
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `book/file[frame N]  reason  detail`.
    static func line(for input: StatusReport.RejectedInput) -> String {
        let frame = input.frame.map { " frame \($0)" } ?? ""
        return "\(input.book)/\(input.file)\(frame): \(input.reason) — \(input.detail ?? "")"
    }

    private static func align(_ rows: [[String]]) -> [String] {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column < 2 ? cell + pad : pad + cell
            }.joined(separator: "  ")
        }
    }
}
