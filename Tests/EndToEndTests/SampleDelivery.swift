import Foundation
#if canImport(Glibc)
    import Glibc
#endif
import GRDB
import SohoaTestSupport

/// A workspace of the sample batch, run once per test process and copied for each test that changes it, and the
/// means to read what `sohoa export` writes from it.
enum SampleDelivery {
    /// `sohoa run` on the sample batch, once per test process. Its folder is named by the process, and those of
    /// finished test processes are removed first (a static has no end of life to clean up at).
    static let workspace = Result<URL, any Error> {
        let temporary = FileManager.default.temporaryDirectory
        let prefix = "sohoa-export-samples-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: temporary.path)) ?? [] where name.hasPrefix(prefix) {
            if let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) == 0 { continue }
            try? FileManager.default.removeItem(at: temporary.appendingPathComponent(name))
        }
        let workspace = temporary.appendingPathComponent(prefix + String(getpid()))
        let run = try ChildProcess.run(["run", SampleBatch.batch.path, "--workspace", workspace.path])
        guard run.ending.exitCode == 2 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "sample run failed: \(run.errors)"])
        }
        return workspace
    }

    /// A copy of the sample workspace the caller may change, removed by the caller.
    static func workspaceCopy() throws -> URL {
        let copy = SampleBatch.temporaryFolder("export-copy")
        try FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(at: try workspace.get(), to: copy)
        return copy
    }

    /// Decides every field of `book` that waits for review, as reviewers would: each confirmed as read, except those
    /// given in `decisions` (field name and 1-based record number in the book → status and value).
    static func resolve(book: String, in workspace: URL, decisions: [Decision] = [], notRecords: [Int] = []) throws {
        let database = try DatabaseQueue(path: workspace.appendingPathComponent("sohoa.sqlite").path)
        try database.write { db in
            let records = try Int64.fetchAll(
                db,
                sql: "SELECT r.id FROM record r JOIN opening o ON r.openingId = o.id WHERE o.bookId = ? ORDER BY o.sequence, r.row",
                arguments: [book])
            for decision in decisions {
                try db.execute(
                    sql: "UPDATE field SET status = ?, value = ? WHERE recordId = ? AND name = ?",
                    arguments: [decision.status, decision.value, records[decision.record - 1], decision.field])
            }
            for record in notRecords {
                try db.execute(sql: "UPDATE field SET status = 'not-a-record' WHERE recordId = ?", arguments: [records[record - 1]])
                try db.execute(sql: "UPDATE record SET status = 'not-a-record' WHERE id = ?", arguments: [records[record - 1]])
            }
            try db.execute(
                sql: """
                    UPDATE field SET status = 'confirmed' WHERE status = 'review' AND recordId IN
                      (SELECT r.id FROM record r JOIN opening o ON r.openingId = o.id WHERE o.bookId = ?)
                    """,
                arguments: [book])
        }
    }

    struct Decision {
        var field: String
        var record: Int
        var status: String
        var value: String
    }

    /// Every file under `folder` by relative path, with its bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.standardizedFileURL.path + "/"
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return [:] }
        for case let url as URL in walker where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            files[String(url.standardizedFileURL.path.dropFirst(root.count))] = try Data(contentsOf: url)
        }
        return files
    }

    /// The sheet of an `.xlsx` as LibreOffice reads it: converted to CSV by `soffice --headless`, then parsed.
    static func sheetByLibreOffice(_ workbook: URL) throws -> [[String]] {
        let folder = SampleBatch.temporaryFolder("soffice")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ToolRun("soffice", [
            "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", folder.path, workbook.path,
        ])
        let csv = folder.appendingPathComponent(workbook.deletingPathExtension().lastPathComponent + ".csv")
        guard run.status == 0, let text = try? String(contentsOf: csv, encoding: .utf8) else {
            throw CocoaError(.fileReadUnknown, userInfo: [NSLocalizedDescriptionKey: "LibreOffice could not open \(workbook.path): \(run.output)"])
        }
        return CSVRows.parse(text)
    }
}

/// Rows of RFC 4180 CSV: commas, double-quoted fields with doubled quotes and line breaks inside.
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        var pending: Character? = nil
        while let character = pending ?? characters.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"": quoted = true
            case ",": row.append(field); field = ""
            case "\n", "\r\n":
                row.append(field); rows.append(row); row = []; field = ""
            default: field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}
