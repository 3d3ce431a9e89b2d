public import Foundation
public import SohoaCore
import Yams

/// Reads and checks a book folder's `book.yaml`, with an error that names the book and the key at fault.
public struct BookConfigurationReader: Sendable {
    public let catalog: PipelineCatalog
    /// The current year, the last a book can have been opened in.
    public let currentYear: Int

    public init(catalog: PipelineCatalog, currentYear: Int = Calendar(identifier: .gregorian).component(.year, from: Date())) {
        self.catalog = catalog
        self.currentYear = currentYear
    }

    public func read(book: String, folder: URL) -> Result<BookConfiguration, BookConfigurationError> {
        Result { () throws(BookConfigurationError) in try parse(book: book, folder: folder) }
    }

    private func parse(book: String, folder: URL) throws(BookConfigurationError) -> BookConfiguration {
        func fault(_ key: String?, _ message: String) -> BookConfigurationError {
            BookConfigurationError(book: book, key: key, message: message)
        }
        let url = folder.appendingPathComponent("book.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw fault(nil, "missing or unreadable: every book folder needs a book.yaml (SPEC.md)")
        }
        let node: Node?
        do { node = try Yams.compose(yaml: text) } catch { throw fault(nil, "not valid YAML: \(error)") }
        guard let mapping = node?.mapping else { throw fault(nil, "expected keys \(BookConfiguration.keys.joined(separator: ", "))") }

        var values: [String: String] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { throw fault(nil, "a key is not text") }
            guard BookConfiguration.keys.contains(key) else {
                throw fault(key, "unknown key (expected \(BookConfiguration.keys.joined(separator: ", ")))")
            }
            guard let value = valueNode.scalar?.string else { throw fault(key, "expected a single value") }
            values[key] = value.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespaces)
        }
        func required(_ key: String) throws(BookConfigurationError) -> String {
            guard let value = values[key], !value.isEmpty else { throw fault(key, "is missing") }
            return value
        }

        let pipeline = try required("pipeline")
        guard catalog.names.contains(pipeline) else {
            throw fault("pipeline", "unknown pipeline \"\(pipeline)\" (known: \(catalog.names.joined(separator: ", ")))")
        }
        let quyenSo = try required("quyenSo")
        if let problem = BookConfigurationRules.quyenSoProblem(quyenSo) { throw fault("quyenSo", problem) }
        let yearText = try required("namMoSo")
        let years = BookConfigurationRules.plausibleOpeningYears(now: currentYear)
        guard let year = Int(yearText), years.contains(year) else {
            throw fault("namMoSo", "expected a year from \(years.lowerBound) to \(years.upperBound), found \"\(yearText)\"")
        }
        return BookConfiguration(pipeline: pipeline, noiDangKy: try required("noiDangKy"), quyenSo: quyenSo, namMoSo: year)
    }
}
