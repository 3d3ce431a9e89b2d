public import Foundation

/// A command-line tool the tests check the delivery with (qpdf, LibreOffice, the schema validator), run to its end.
/// They are installed by `scripts/bootstrap --for-tests`; a missing one fails the test with that advice.
public struct ToolRun {
    public var status: Int32
    public var output: String

    public init(_ tool: String, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        output = String(decoding: data, as: UTF8.self)
        if status == 127 { output = "\(tool) is not installed: run scripts/bootstrap --for-tests\n" + output }
    }
}
