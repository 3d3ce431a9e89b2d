import SohoaCore
import Testing

@Suite struct CrashQuarantineTests {
    @Test func twoCrashesOnTheItemSetItAside() {
        #expect(!CrashQuarantine.setsAside([.crashed(signal: 11)]))
        #expect(CrashQuarantine.setsAside([.crashed(signal: 11), .crashed(signal: 11)]))
        #expect(CrashQuarantine.setsAside([.interrupted, .crashed(signal: 6), .interrupted, .crashed(signal: 11)]))
    }

    /// Kills find healthy items in flight, as often as they like: deaths without a crash note never count.
    @Test func silentDeathsNeverSetAnItemAside() {
        #expect(!CrashQuarantine.setsAside(Array(repeating: .interrupted, count: 20)))
        #expect(!CrashQuarantine.setsAside([.interrupted, .interrupted, .crashed(signal: 11), .interrupted]))
    }

    @Test func theExplanationNamesTheStageTheSignalsAndTheRetry() {
        let crashed = CrashQuarantine.explanation(
            stage: .prepare, deaths: [.crashed(signal: 11), .interrupted, .crashed(signal: 6)], retry: "sohoa run b --retry-crashed")
        #expect(crashed.contains("2 times in the prepare stage (SIGSEGV, SIGABRT)"))
        #expect(crashed.hasSuffix("Once the cause is fixed: sohoa run b --retry-crashed"))
    }
}
