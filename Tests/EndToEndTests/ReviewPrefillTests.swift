import Foundation
import GRDB
import SohoaCore
import SohoaPipeline
@testable import SohoaReview
import SohoaStore
import Testing

/// What the review screens pre-fill for every field of the sample batch that waits for review, read by the real
/// pipeline: nothing its own parser would refuse, and a registration number with its year.
@Suite struct ReviewPrefillTests {
    @Test func everyPrefillOfTheSampleBatchSavesAsItStands() throws {
        let root = try SampleDelivery.workspace.get()
        let store = try SohoaStore(workspace: Workspace(root: root))
        let server = try Self.server(store)
        let ids = try DatabaseQueue(path: root.appendingPathComponent("sohoa.sqlite").path).read { db in
            try Int64.fetchAll(db, sql: "SELECT id FROM field WHERE status = 'review' ORDER BY id")
        }
        #expect(ids.count >= 200, "\(ids.count) fields wait for review")
        var refused: [String] = []
        var numbers = 0
        for id in ids {
            let field = try #require(try store.reviewField(id))
            let entry = try #require(server.catalog.entry(pipeline: field.pipeline, field: field.name))
            let record = try #require(try store.record(around: field))
            let offers = try server.offers(in: record)
            let prefill = offers.offer(for: field).offer.prefill
            guard !prefill.isEmpty else { continue }
            do {
                _ = try TypedDecision.decision(typed: prefill, field: field, entry: entry, catalog: server.catalog, registrationYear: offers.year)
            } catch {
                refused.append("\(field.bookId) \(field.name) «\(prefill)»: \(error.message)")
            }
            if entry.type == .number {
                numbers += 1
                #expect(prefill.wholeMatch(of: /[0-9]+\/[0-9]{4}/) != nil, "\(field.bookId) \(field.name) «\(prefill)» carries its year")
            }
        }
        #expect(refused.isEmpty, "\(refused)")
        #expect(numbers > 0, "registration numbers are among the fields")
    }

    static func server(_ store: SohoaStore) throws -> ReviewServer {
        let root = SampleBatch.root
        func read(_ file: String) throws -> String {
            try String(contentsOf: root.appendingPathComponent("domain/\(file)"), encoding: .utf8)
        }
        let catalog = PipelineCatalog(folder: root.appendingPathComponent("pipelines"))
        let pipelines = try Dictionary(uniqueKeysWithValues: catalog.names.map { ($0, try catalog.pipeline(named: $0)) })
        return try ReviewServer(
            store: store, pipelines: pipelines, ethnicGroups: EthnicGroups(tsv: read("ethnic-groups.tsv")),
            places: PlaceChoices(history: read("admin-units-history.json")),
            names: PersonNames(surnames: read("surnames.tsv"), givenMale: read("given-names-male.txt"), givenFemale: read("given-names-female.txt")))
    }
}
