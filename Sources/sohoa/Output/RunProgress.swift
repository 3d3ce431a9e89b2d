import Foundation
import SohoaCore
import SohoaPipeline
import Synchronization

/// A run's progress shown to a person: a redrawn bar on a terminal, plain log lines elsewhere.
protocol RunProgress: RunObserver {
    /// Called once when the run's work is over, to leave the terminal clean.
    func finish()
}

/// The counts both kinds of progress keep: books, files, frames, bytes, and the time for an estimate.
struct ProgressCounts {
    var filesPerBook: [String: Int] = [:]
    var bytes = 0
    var doneFiles = 0
    var doneBytes = 0
    var frames = 0
    var rejected = 0
    var doneFilesPerBook: [String: Int] = [:]
    /// The stage after ingest that is under way (`preparing frames`, `reading openings`), with its units done and
    /// to do (nil during ingest).
    var phase: (name: String, done: Int, total: Int)?
    var started = Date()

    var books: Int { filesPerBook.count }
    var files: Int { filesPerBook.values.reduce(0, +) }
    var booksDone: Int { filesPerBook.filter { doneFilesPerBook[$0.key, default: 0] >= $0.value }.count }

    mutating func record(_ event: RunEvent) {
        switch event {
        case .planned(let filesPerBook, let bytes):
            (self.filesPerBook, self.bytes) = (filesPerBook, bytes)
        case .fileIngested(let book, _, let bytes, let frames, let rejectedFrames):
            complete(book: book, bytes: bytes)
            self.frames += frames
            rejected += rejectedFrames.count
        case .fileRejected(let book, _, let bytes, _, _):
            complete(book: book, bytes: bytes)
            rejected += 1
        case .fileAlreadyIngested(let book, _, let bytes):
            complete(book: book, bytes: bytes)
        case .preparePlanned(let frames):
            phase = ("preparing frames", 0, frames)
            started = Date()
        case .readPlanned(let openings):
            phase = ("reading openings", 0, openings)
            started = Date()
        case .framePrepared, .frameNotPrepared, .openingRead, .openingNotRead:
            phase?.done += 1
        case .bookRejected, .bookWarning:
            break
        }
    }

    private mutating func complete(book: String, bytes: Int) {
        doneFiles += 1
        doneBytes += bytes
        doneFilesPerBook[book, default: 0] += 1
    }

    /// Seconds left, extrapolated from the bytes done so far; nil until there is something to go on.
    var secondsLeft: Int? {
        let elapsed = Date().timeIntervalSince(started)
        guard fraction > 0, fraction < 1, elapsed > 0.5 else { return nil }
        return Int(elapsed * (1 - fraction) / fraction)
    }

    var fraction: Double {
        if let phase { return phase.total > 0 ? Double(phase.done) / Double(phase.total) : 1 }
        return bytes > 0 ? Double(doneBytes) / Double(bytes) : (files > 0 ? Double(doneFiles) / Double(files) : 0)
    }
}

/// Plain lines, one per file, for logs and nightly jobs.
final class LogLineProgress: RunProgress {
    private let counts = Mutex(ProgressCounts())

    func observe(_ event: RunEvent) {
        counts.withLock { $0.record(event) }
        switch event {
        case .planned(let filesPerBook, _):
            Console.progress("ingest: \(filesPerBook.count) book(s), \(filesPerBook.values.reduce(0, +)) file(s)\n")
        case .bookRejected(let error):
            Console.progress("book rejected: \(error)\n")
        case .bookWarning(let book, let message):
            Console.progress("warning: \(book): \(message)\n")
        case .fileIngested(let book, let file, _, let frames, let rejectedFrames):
            var line = "ingested \(book)/\(file): \(frames) frame(s)"
            for (index, reason, detail) in rejectedFrames { line += "; frame \(index) rejected: \(reason.rawValue) (\(detail))" }
            Console.progress(line + "\n")
        case .fileRejected(let book, let file, _, let reason, let detail):
            Console.progress("rejected \(book)/\(file): \(reason.rawValue) (\(detail))\n")
        case .fileAlreadyIngested(let book, let file, _):
            Console.progress("already ingested \(book)/\(file)\n")
        case .preparePlanned(let frames):
            Console.progress("prepare: \(frames) frame(s)\n")
        case .framePrepared(let book, let file, let frame, let pages):
            Console.progress("prepared \(book)/\(file) frame \(frame): \(pages) page(s)\n")
        case .frameNotPrepared(let book, let file, let frame, let reason):
            Console.progress("not prepared \(book)/\(file) frame \(frame): \(reason)\n")
        case .readPlanned(let openings):
            Console.progress("recognize: \(openings) opening(s)\n")
        case .openingRead(let book, let records, let fields, let review):
            Console.progress("read \(book): \(records) record(s), \(fields) field(s), \(review) for review\n")
        case .openingNotRead(let book, let opening, let reason):
            Console.progress("not read \(book) opening \(opening): \(reason)\n")
        }
    }

    func finish() {}
}

/// A one-line bar redrawn in place: books, files, frames and the time left.
final class TerminalProgress: RunProgress {
    private let state = Mutex((counts: ProgressCounts(), lastDraw: Date.distantPast, messages: [String]()))
    static let width = 24

    func observe(_ event: RunEvent) {
        state.withLock { state in
            state.counts.record(event)
            switch event {
            case .bookRejected(let error): state.messages.append("book rejected: \(error)")
            case .bookWarning(let book, let message): state.messages.append("warning: \(book): \(message)")
            case .fileRejected(let book, let file, _, let reason, _): state.messages.append("rejected \(book)/\(file): \(reason.rawValue)")
            case .frameNotPrepared(let book, let file, let frame, let reason):
                state.messages.append("not prepared \(book)/\(file) frame \(frame): \(reason)")
            case .openingNotRead(let book, let opening, let reason):
                state.messages.append("not read \(book) opening \(opening): \(reason)")
            default: break
            }
            let now = Date()
            guard !state.messages.isEmpty || now.timeIntervalSince(state.lastDraw) > 0.1 else { return }
            state.lastDraw = now
            var text = "\r\u{1B}[K"
            for message in state.messages { text += message + "\n" }
            state.messages.removeAll()
            Console.progress(text + Self.bar(state.counts))
        }
    }

    func finish() { Console.progress("\r\u{1B}[K") }

    static func bar(_ counts: ProgressCounts) -> String {
        let filled = Int(counts.fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: max(0, width - filled))
        let eta = counts.secondsLeft.map { String(format: " · %d:%02d left", $0 / 60, $0 % 60) } ?? ""
        if let phase = counts.phase {
            return "\(bar) \(phase.name) \(phase.done)/\(phase.total)\(eta)"
        }
        return "\(bar) books \(counts.booksDone)/\(counts.books) · files \(counts.doneFiles)/\(counts.files) · frames \(counts.frames)\(eta)"
    }
}
