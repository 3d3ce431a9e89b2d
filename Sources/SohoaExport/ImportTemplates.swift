public import Foundation
import Yams

/// The header rows of the national import sheets by template version, as shipped in
/// `domain/import-templates.yaml`: a new template version is a new entry there, not new code.
public struct ImportTemplates: Sendable {
    /// One template version: its register and its columns in order.
    public struct Template: Sendable, Equatable, Decodable {
        public var registerType: String
        public var columns: [String]
        /// Columns filled from another column by a rule (`nksNgaySinhBangChu` from `nksNgaySinh`).
        public var derived: [String: Derivation]?
    }

    /// How a derived column is filled.
    public struct Derivation: Sendable, Equatable, Decodable {
        public var from: String
        public var rule: Rule
    }

    /// The rules the export knows.
    public enum Rule: String, Sendable, Decodable {
        /// A `dd.mm.yyyy` date in Vietnamese words (`DateInWords`).
        case dateInWords = "date-in-words"
    }

    public static let fileName = "import-templates.yaml"
    public let templates: [String: Template]
    private let file: String

    /// Parses and checks the templates of `yaml` (read from `file`).
    public init(yaml: String, file: String) throws(ExportError) {
        do {
            templates = try YAMLDecoder().decode([String: Template].self, from: yaml)
        } catch {
            throw ExportError(file, "not a list of import templates: \(error)", kind: .configuration)
        }
        self.file = file
        for (version, template) in templates {
            let duplicates = Dictionary(grouping: template.columns, by: { $0 }).filter { $1.count > 1 }.keys
            guard duplicates.isEmpty else { throw ExportError(file, "\(version) names \(duplicates.sorted()) twice", kind: .configuration) }
            for (column, derivation) in template.derived ?? [:]
            where !template.columns.contains(column) || !template.columns.contains(derivation.from) {
                throw ExportError(
                    file, "\(version) derives \(column) from \(derivation.from), not both among its columns", kind: .configuration)
            }
        }
    }

    /// Loads `import-templates.yaml` from the shipped `domain/` folder.
    public static func load(from folder: URL) throws(ExportError) -> ImportTemplates {
        let url = folder.appendingPathComponent(fileName)
        do {
            return try ImportTemplates(yaml: try String(contentsOf: url, encoding: .utf8), file: url.path)
        } catch let error as ExportError {
            throw error
        } catch {
            throw ExportError(url.path, "cannot read it: \(error.localizedDescription)", kind: .configuration)
        }
    }

    /// The template `version`, or an error naming the versions known.
    public func template(_ version: String) throws(ExportError) -> Template {
        guard let template = templates[version] else {
            let known = templates.keys.sorted().joined(separator: ", ")
            throw ExportError(file, "no template version \(version) (known: \(known))", kind: .configuration)
        }
        return template
    }
}
