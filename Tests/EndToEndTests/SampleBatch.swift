import Foundation

/// The committed sample batch and its ground truth (`samples/truth.json`, written by `scripts/make-samples`).
enum SampleBatch {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let batch = root.appendingPathComponent("samples/batch")

    struct Truth: Decodable {
        var books: [String: Book]
    }

    struct Book: Decodable {
        var pipeline: String
        var files: [File]
    }

    struct File: Decodable {
        var file: String
        var format: String
        var variant: String?
        var rejected: String?
        var frames: [Frame]?
    }

    struct Frame: Decodable {
        var width: Int
        var height: Int
        var dpiTag: Int?
        var trueDpi: Int
    }

    static func truth() throws -> Truth {
        try JSONDecoder().decode(Truth.self, from: Data(contentsOf: root.appendingPathComponent("samples/truth.json")))
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder(_ name: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sohoa-\(name)-\(UUID())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
