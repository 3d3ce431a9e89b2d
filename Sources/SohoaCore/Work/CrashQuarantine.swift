/// When an item whose attempts keep crashing the process is set aside (`crashed-reader`), so that one odd image costs
/// one item and not every night. The one rule for every store: the workspace's SQLite run here, and a shared work
/// queue over many machines.
///
/// Deaths alone prove nothing about the item: a `kill -9`, a power cut or a stopped job interrupts whatever was in
/// flight, and an opening read for half a minute is in flight at five kills in a row often enough (a 20-kill soak
/// set two healthy openings aside when silent deaths counted). A crash inside a reader is different: the signal
/// handler notes the item its thread was on (`CrashNote`), which no kill produces. Only such crashes count.
public enum CrashQuarantine {
    /// How an attempt ended that its process did not finish.
    public enum Death: Sendable, Equatable {
        /// The process crashed on this very item (a crash note names it), with this signal.
        case crashed(signal: Int)
        /// The process died with the item in flight and said nothing (killed, out of memory, power lost).
        case interrupted
    }

    /// Crashes noted on the item itself: the second is proof that it, not chance, kills the process.
    public static let crashesToSetAside = 2

    /// Whether an item whose unfinished attempts since it last succeeded ended in `deaths` is set aside.
    public static func setsAside(_ deaths: [Death]) -> Bool { crashes(in: deaths) >= crashesToSetAside }

    /// How many of `deaths` were crashes on the item.
    public static func crashes(in deaths: [Death]) -> Int { deaths.filter { $0 != .interrupted }.count }

    /// Why the item was set aside, with how to try it again, for `sohoa status`.
    public static func explanation(stage: WorkStage, deaths: [Death], retry: String) -> String {
        let signals = deaths.compactMap { death -> String? in
            guard case .crashed(let signal) = death else { return nil }
            return signalName(signal)
        }
        return "a reader crashed the process on it \(signals.count) times in the \(stage.rawValue) stage "
            + "(\(signals.joined(separator: ", "))); set aside so that the rest of the batch goes on. "
            + "Once the cause is fixed: \(retry)"
    }

    /// `SIGSEGV` for 11, the way a crash is reported.
    public static func signalName(_ signal: Int) -> String {
        let names = [4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT", 7: "SIGBUS", 8: "SIGFPE", 11: "SIGSEGV"]
        return names[signal] ?? "signal \(signal)"
    }
}
