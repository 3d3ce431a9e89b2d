public import Foundation
public import SohoaCore
import Yams

/// The pipeline files sohoa can use: those shipped in `pipelines/`, or a folder the user names with `--pipelines`.
public struct PipelineCatalog: Sendable {
    public let folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The shipped catalog: `$SOHOA_PIPELINES`, else the nearest `pipelines/` folder beside or above the executable
    /// (`<prefix>/share/sohoa/pipelines` for an installed build, the checkout's folder for a development build).
    public static func shipped(executable: URL = URL(fileURLWithPath: CommandLine.arguments[0])) -> PipelineCatalog? {
        ShippedFolder.find(named: "pipelines", marker: "ks-ledger.yaml", variable: "SOHOA_PIPELINES", executable: executable)
            .map(PipelineCatalog.init(folder:))
    }

    /// The names of the pipelines in the folder, sorted.
    public var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) }.sorted()
    }

    /// Loads and checks `pipelines/<name>.yaml`.
    public func pipeline(named name: String) throws(PipelineError) -> Pipeline {
        let fileName = "\(name).yaml"
        let url = folder.appendingPathComponent(fileName)
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            let known = names.joined(separator: ", ")
            throw PipelineError(file: url.path, key: nil, message: "no such pipeline (known: \(known))")
        }
        let document: PipelineDocument
        do {
            document = try YAMLDecoder().decode(PipelineDocument.self, from: text)
        } catch let error as DecodingError {
            throw PipelineError(file: url.path, key: error.keyPath, message: error.summary)
        } catch {
            throw PipelineError(file: url.path, key: nil, message: "not valid YAML: \(error)")
        }
        let pipeline = Pipeline(
            name: name, registerType: document.registerType, templateVersion: document.templateVersion,
            left: document.left, right: document.right)
        try pipeline.validate(file: url.path)
        return pipeline
    }
}

/// The on-disk shape of a pipeline file (its name is the file's).
private struct PipelineDocument: Decodable {
    var registerType: RegisterType
    var templateVersion: String
    var left: [PipelineColumn]
    var right: [PipelineColumn]
}
