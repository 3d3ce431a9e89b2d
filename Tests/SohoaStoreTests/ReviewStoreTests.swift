import Foundation
import GRDB
import SohoaCore
@testable import SohoaStore
import SohoaTestSupport
import Synchronization
import Testing

/// Accounts, sessions, the queue's claims and the decisions, against a real store.
@Suite struct ReviewStoreTests {
    let workspace = Workspace(root: FileManager.default.temporaryDirectory.appendingPathComponent("review-\(UUID())"))
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    /// A store with one read opening of `records` records, each with a damaged name (four eyes) and `plain` fields
    /// of low confidence, all waiting for review.
    func store(records: Int = 2, plain: Int = 1) throws -> SohoaStore {
        let fields = [StoreFixture.Field("nksHoTen", text: "Nguyễn Văn An", reasons: [.blur])]
            + (0..<plain).map { StoreFixture.Field("plain\($0)", text: "Nguyễn Văn An", reasons: [.lowConfidence]) }
        return try StoreFixture.store(in: workspace, records: records, fields: fields)
    }

    func reviewer(_ store: SohoaStore, _ name: String, _ role: ReviewerRole = .reviewer) throws -> Reviewer {
        _ = try store.addReviewer(name: name, role: role, passwordHash: "$2b$04$hash-of-\(name)", now: now)
        return try #require(try store.reviewer(named: name))
    }

    @Test func accountsLockAfterRepeatedFailuresAndSessionsAreKeptOnlyAsDigests() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let store = try store()
        let lan = try reviewer(store, "lan")
        #expect(try store.addReviewer(name: "lan", role: .admin, passwordHash: "x") == false, "a taken name")
        for attempt in 1...4 { #expect(try store.loginFailed(lan, now: now) == nil, "attempt \(attempt)") }
        let until = try #require(try store.loginFailed(lan, now: now))
        #expect(until == now.addingTimeInterval(15 * 60))
        #expect(try store.reviewer(named: "lan")?.lockedUntil == until)

        let session = try store.openSession(for: lan, lifetime: 3600, now: now)
        #expect(try store.session(token: session.token, now: now)?.reviewer.name == "lan")
        #expect(try store.session(token: session.token, now: now)?.csrf == session.csrf)
        #expect(try store.session(token: session.token, now: now.addingTimeInterval(3601)) == nil, "expired")
        #expect(try store.session(token: "forged", now: now) == nil)
        let stored = try store.pool.read { try String.fetchAll($0, sql: "SELECT tokenHash FROM session") }
        #expect(stored.count == 1 && stored[0] != session.token)
        #expect(try store.reviewer(named: "lan")?.lockedUntil == nil, "a good login clears the failures")
        try store.closeSession(token: session.token)
        #expect(try store.session(token: session.token, now: now) == nil)
    }

    @Test func twoReviewersClaimingAtOnceNeverGetTheSameField() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let store = try store(records: 12, plain: 3)
        let reviewers = [try reviewer(store, "an"), try reviewer(store, "binh")]
        let decided = Mutex<[String: [Int64]]>([:])
        let started = Atomic<Int>(0)
        let done = DispatchGroup()
        for reviewer in reviewers {
            done.enter()
            // Two threads of their own, started together, so that their claims interleave.
            Thread {
                started.add(1, ordering: .sequentiallyConsistent)
                while started.load(ordering: .sequentiallyConsistent) < 2 { sched_yield() }
                while let claimed = try? store.claimNextField(for: reviewer, now: now) {
                    _ = try? store.decide(field: claimed.fieldId, by: reviewer, action: .confirm, value: "", fourEyes: false, now: now)
                    decided.withLock { $0[reviewer.name, default: []].append(claimed.fieldId) }
                }
                done.leave()
            }.start()
        }
        done.wait()
        let (an, binh) = decided.withLock { ($0["an"] ?? [], $0["binh"] ?? []) }
        #expect(Set(an).isDisjoint(with: binh))
        #expect(an.count + binh.count == 12 * 4 && Set(an + binh).count == 48)
        #expect(!an.isEmpty && !binh.isEmpty, "both worked")
    }

    @Test func fourEyesWantsTwoReadersAndSendsDifferencesToASupervisorWhoDidNotRead() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let store = try store(records: 2, plain: 0)
        let (an, binh, chi) = (try reviewer(store, "an"), try reviewer(store, "binh"), try reviewer(store, "chi"))
        let supervisor = try reviewer(store, "dung", .supervisor)

        // The first field: two equal readings resolve it. The second: they differ.
        let first = try #require(try store.claimNextField(for: an, now: now))
        #expect(try store.decide(field: first.fieldId, by: an, action: .confirm, value: "", fourEyes: true, now: now) == .awaitingSecondReading)
        let disputed = try #require(try store.claimNextField(for: an, now: now))
        #expect(disputed.fieldId != first.fieldId, "never one's own first reading")
        #expect(try store.decide(field: disputed.fieldId, by: an, action: .correct, value: "Nguyễn Văn Ân", fourEyes: true, now: now) == .awaitingSecondReading)
        #expect(try store.claimNextField(for: an, now: now) == nil)

        let again = try #require(try store.claimNextField(for: binh, now: now))
        #expect(again.fieldId == first.fieldId && again.stage == .second && again.readings.isEmpty, "blind second reading")
        #expect(try store.decide(field: first.fieldId, by: binh, action: .confirm, value: "", fourEyes: true, now: now) == .resolved(.confirmed))
        #expect(try store.claimNextField(for: binh, now: now)?.fieldId == disputed.fieldId)
        #expect(try store.decide(field: disputed.fieldId, by: binh, action: .correct, value: "Nguyễn Văn Án", fourEyes: true, now: now) == .disputed)
        // A reviewer cannot settle it; a supervisor who did not read it does, seeing both readings.
        #expect(try store.decide(field: disputed.fieldId, by: an, action: .confirm, value: "", fourEyes: true, now: now) != .resolved(.confirmed))
        #expect(try store.claimNextField(for: chi, now: now) == nil, "a reviewer is not given a dispute")
        let settled = try #require(try store.claimNextField(for: supervisor, now: now))
        #expect(settled.stage == .dispute && settled.readings.map(\.value) == ["Nguyễn Văn Ân", "Nguyễn Văn Án"])
        #expect(try store.decide(field: disputed.fieldId, by: supervisor, action: .correct, value: "Nguyễn Văn Ân", fourEyes: true, now: now)
            == .resolved(.corrected))

        let fields = try store.pool.read { try Row.fetchAll($0, sql: "SELECT status, value FROM field ORDER BY id") }
        #expect(fields.map { $0["status"] as String } == ["confirmed", "corrected"])
        #expect(fields[1]["value"] as String == "Nguyễn Văn Ân")
        let records = try store.pool.read { try String.fetchAll($0, sql: "SELECT status FROM record") }
        #expect(records == ["reviewed", "reviewed"])
        let audit = try store.pool.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM auditEntry WHERE subject = 'field'") }
        #expect(audit == 5, "every reading and decision is an audit row")
    }

    @Test func aLapsedClaimPassesToTheNextReviewerAndASkipToAnyoneElse() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let store = try store(records: 1, plain: 1)
        let (an, binh, chi) = (try reviewer(store, "an"), try reviewer(store, "binh"), try reviewer(store, "chi"))
        let name = try #require(try store.claimNextField(for: an, hold: 60, now: now))
        #expect(name.name == "nksHoTen" && name.box == [200, 500, 400, 150] && name.reasons == [.blur])
        #expect(try store.claimNextField(for: an, hold: 60, now: now)?.fieldId == name.fieldId, "one's own claim comes first")
        let plain = try #require(try store.claimNextField(for: binh, hold: 60, now: now))
        #expect(plain.fieldId != name.fieldId)
        #expect(try store.claimNextField(for: chi, hold: 60, now: now) == nil, "both fields are held")

        let later = now.addingTimeInterval(61)
        #expect(try store.claimNextField(for: chi, hold: 60, now: later)?.fieldId == name.fieldId, "a lapsed hold passes on")
        #expect(try store.decide(field: name.fieldId, by: an, action: .confirm, value: "", fourEyes: false, now: later)
            == .refused("your hold on this field ran out; take it again from the queue"))

        #expect(try store.decide(field: name.fieldId, by: chi, action: .skip, value: "", fourEyes: false, now: later) == .skipped)
        #expect(try store.claimNextField(for: chi, hold: 60, now: later)?.fieldId == plain.fieldId, "not given back what one skipped")
        #expect(try store.claimNextField(for: an, hold: 60, now: later)?.fieldId == name.fieldId, "a skipped field is anyone else's")
        #expect(try store.decide(field: name.fieldId, by: an, action: .illegible, value: "", fourEyes: false, now: later) == .resolved(.illegible))
    }

    /// The book's steps start again from the fields as they were read: what they proposed or accepted goes back, what
    /// a person decided stays.
    @Test func fieldsNoPersonDecidedGoBackToTheirReadingBeforeTheBooksStepsRunAgain() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let store = try store(records: 2, plain: 1)
        let (an, binh) = (try reviewer(store, "an"), try reviewer(store, "binh"))
        let record = try #require(try store.claimNextRecord(for: an, now: now))
        let (name, plain) = (record.pending[0].fieldId, record.pending[1].fieldId)
        _ = try store.decide(field: name, by: an, action: .correct, value: "Trần Văn Bình", fourEyes: false, now: now)
        let second = try #require(try store.claimNextRecord(for: binh, now: now))
        try #require(second.pending.count == 2 && second.recordId != record.recordId)
        let other = second.pending[1].fieldId
        try store.propose(field: plain, candidates: [FieldCandidate(value: "Nguyễn Văn Ân", p: 0.9)], accept: true)
        try store.propose(field: other, candidates: [FieldCandidate(value: "Nguyễn Văn Ẩn", p: 0.6)], accept: false)
        #expect(try store.reviewField(plain)?.status == .accepted)

        try store.restoreReadFields(ofBook: "b")
        for id in [plain, other] {
            let field = try #require(try store.reviewField(id))
            #expect(field.status == .review && field.value == "Nguyễn Văn An" && field.reasons == [.lowConfidence] && field.candidates.isEmpty)
        }
        #expect(try store.reviewField(name)?.value == "Trần Văn Bình", "a person's decision stays")
        #expect(try store.exportBook("b")?.records.first?.status == .review, "the record follows its fields")
    }

    @Test func aRecordIsClaimedWholeAndDecidedAllOrNothing() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let store = try store(records: 3, plain: 2)
        let (an, binh) = (try reviewer(store, "an"), try reviewer(store, "binh"))
        let first = try #require(try store.claimNextRecord(for: an, now: now))
        #expect(first.row == 1 && first.pending.map(\.name) == ["nksHoTen", "plain0", "plain1"] && first.settled.isEmpty)
        #expect(first.previousValues.isEmpty && first.bookYear == 2008)
        #expect(try store.claimNextRecord(for: an, now: now)?.recordId == first.recordId, "one's own record comes first")
        let second = try #require(try store.claimNextRecord(for: binh, now: now))
        #expect(second.row == 2, "the next reviewer takes the next record")
        #expect(try store.claimNextField(for: binh, now: now)?.fieldId == second.pending[0].fieldId, "no field of another's record")

        // A decision on a field of another record refuses the whole submission.
        let (name, plain0, plain1) = (first.pending[0].fieldId, first.pending[1].fieldId, first.pending[2].fieldId)
        let stray = FieldReviewDecision(field: second.pending[1].fieldId, action: .confirm, value: "", fourEyes: false)
        let refused = try store.decide(
            record: first.recordId, [.init(field: plain0, action: .correct, value: "Trần Văn Bình", fourEyes: false), stray], by: an, now: now)
        #expect(refused[stray.field] == .refused("this field is not in the record"))
        #expect(try store.reviewField(plain0)?.value == "Nguyễn Văn An", "nothing of a refused submission is kept")

        let outcomes = try store.decide(record: first.recordId, [
            .init(field: name, action: .confirm, value: "", fourEyes: true),
            .init(field: plain0, action: .correct, value: "Trần Văn Bình", fourEyes: false),
            .init(field: plain1, action: .correct, value: "", fourEyes: false),
        ], by: an, now: now)
        #expect(outcomes == [name: .awaitingSecondReading, plain0: .resolved(.corrected), plain1: .resolved(.corrected)])
        #expect(try store.reviewField(plain1)?.value == "", "a blank decided by a person")
        #expect(try store.fieldAudit(field: plain0).map(\.action) == ["correct (single)"], "each field its own audit row")

        // The damaged name waits for binh's blind second reading, shown with the record's decided fields.
        _ = try store.decide(record: second.recordId, second.pending.map { .init(field: $0.fieldId, action: .skip, value: "", fourEyes: false) },
                             by: binh, now: now)
        let again = try #require(try store.claimNextRecord(for: binh, now: now))
        #expect(again.recordId == first.recordId && again.pending.map(\.fieldId) == [name] && again.pending[0].stage == .second)
        #expect(again.settled.map(\.name) == ["plain0", "plain1"] && again.settled[0].value == "Trần Văn Bình")
        #expect(try store.record(first.recordId, heldBy: binh, now: now)?.pending.map(\.fieldId) == [name])
        #expect(try store.record(first.recordId, heldBy: an, now: now)?.pending.isEmpty == true)
        let next = try #require(try store.claimNextRecord(for: an, now: now))
        #expect(next.row == 2 && next.previousValues == ["plain0": "Trần Văn Bình", "plain1": ""], "decided values only")
        #expect(try store.bookValues(book: "b", field: "plain0") == ["Trần Văn Bình"])
    }

    @Test func eachDecisionKeepsHowLongItsScreenWasOpenAndStatusEstimatesTheBacklog() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let store = try store(records: 3, plain: 2)
        let an = try reviewer(store, "an")
        #expect(try store.status(lockedByRun: false).reviewerHours == 9 * StatusReport.assumedSecondsPerField / 3600, "assumed until timed")
        // A record screen open 30 s for its three fields: 10 s each.
        let record = try #require(try store.claimNextRecord(for: an, now: now))
        _ = try store.decide(record: record.recordId, record.pending.map { .init(field: $0.fieldId, action: .confirm, value: "", fourEyes: false) },
                             by: an, now: now.addingTimeInterval(30))
        // Two field screens, 8 s and 12 s (a skip counts for nothing).
        for (open, action) in [(8.0, ReviewAction.confirm), (5, .skip), (12, .illegible)] {
            let field = try #require(try store.claimNextField(for: an, now: now))
            _ = try store.decide(field: field.fieldId, by: an, action: action, value: "", fourEyes: false, now: now.addingTimeInterval(open))
        }
        let pace = try store.reviewPace()
        #expect(pace.map(\.mode) == [.field, .record])
        #expect(pace[0].fields == 2 && pace[0].records == 1 && pace[0].secondsPerField == 10 && pace[0].secondsPerRecord == 20)
        #expect(pace[1].fields == 3 && pace[1].records == 1 && pace[1].secondsPerField == 10 && pace[1].secondsPerRecord == 30)
        let status = try store.status(lockedByRun: false)
        #expect(status.reviewBacklog == 4 && status.reviewBacklogRecords == 2, "one field of record 2 skipped, record 3 untouched")
        #expect(status.measuredSecondsPerField == 10 && status.reviewerHours == 4 * 10.0 / 3600)
    }

    @Test func aRowOfMarksIsDismissedBySohoaOutOfQueueAndExportUntilASupervisorGivesItBack() throws {
        defer { try? FileManager.default.removeItem(at: workspace.root) }
        let fields = [StoreFixture.Field("nksHoTen", text: "Nguyễn Văn An", reasons: [.blur])]
        let store = try StoreFixture.store(in: workspace, records: 2, fields: fields, marksOnly: [2])
        let (an, binh) = (try reviewer(store, "an"), try reviewer(store, "binh"))
        let dung = try reviewer(store, "dung", .supervisor)

        #expect(try store.pool.read { try String.fetchAll($0, sql: "SELECT status FROM record ORDER BY row") } == ["review", "not-a-record"])
        let dismissed = try store.dismissedRows()
        #expect(dismissed.map(\.row) == [2] && dismissed.map(\.by) == ["sohoa"], "listed for the supervisor, by whom")
        #expect(try store.exportBook("b")?.records.map(\.row) == [1])
        #expect(try store.exportBook("b")?.notRecords == 1)
        #expect(try store.claimNextRecord(for: an, now: now)?.row == 1)
        #expect(try store.claimNextRecord(for: binh, now: now) == nil, "the dismissed row waits for no one")

        #expect(try store.restore(record: dismissed[0].recordId, by: dung, now: now))
        #expect(try store.dismissedRows().isEmpty)
        #expect(try store.exportBook("b")?.notRecords == 0)
        #expect(try store.claimNextRecord(for: dung, now: now)?.row == 2, "back in the queue")
    }
}
