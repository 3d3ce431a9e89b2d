import Foundation
@testable import SohoaExport
import Testing

/// The output folder is swapped whole, and never taken from a user who had something else in it.
@Suite struct DeliveryFolderTests {
    let parent = FileManager.default.temporaryDirectory.appendingPathComponent("sohoa-delivery-\(UUID())")
    var out: URL { parent.appendingPathComponent("out") }

    init() throws { try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true) }

    private func stage(_ files: [String: String]) throws -> DeliveryFolder {
        let folder = try DeliveryFolder(out: out)
        for (name, text) in files { try text.write(to: folder.staging.appendingPathComponent(name), atomically: false, encoding: .utf8) }
        return folder
    }

    private func contents() throws -> [String: String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: out.path)
        return try Dictionary(uniqueKeysWithValues: names.map { ($0, try String(contentsOf: out.appendingPathComponent($0), encoding: .utf8)) })
    }

    @Test func aNewDeliveryReplacesThePreviousOneWhole() throws {
        defer { try? FileManager.default.removeItem(at: parent) }
        try stage([Manifest.fileName: "1", "a.txt": "old"]).publish()
        #expect(try contents() == [Manifest.fileName: "1", "a.txt": "old"])
        try stage([Manifest.fileName: "2", "b.txt": "new"]).publish()
        #expect(try contents() == [Manifest.fileName: "2", "b.txt": "new"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["out"], "no staging folder left")
    }

    @Test func aFailedExportLeavesThePreviousDeliveryAndAKilledOnesStagingIsCleared() throws {
        defer { try? FileManager.default.removeItem(at: parent) }
        try stage([Manifest.fileName: "1"]).publish()
        try stage([Manifest.fileName: "2"]).discard()
        #expect(try contents() == [Manifest.fileName: "1"])
        // A staging folder of a process that no longer exists (no pid reaches Int32.max: Linux caps them at 2^22).
        let stale = parent.appendingPathComponent(".out.sohoa-export-\(Int32.max)")
        try FileManager.default.createDirectory(at: stale, withIntermediateDirectories: true)
        try stage([Manifest.fileName: "3"]).publish()
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }

    @Test func aFolderThatIsNotADeliveryIsNeverReplaced() throws {
        defer { try? FileManager.default.removeItem(at: parent) }
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try "mine".write(to: out.appendingPathComponent("thesis.docx"), atomically: false, encoding: .utf8)
        #expect { try DeliveryFolder(out: out) } throws: { error in
            (error as? ExportError)?.kind == .usage && (error as? ExportError)?.message.contains("not a sohoa delivery") == true
        }
        #expect(try contents() == ["thesis.docx": "mine"])
    }
}
