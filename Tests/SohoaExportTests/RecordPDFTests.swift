import Foundation
@testable import SohoaExport
import SohoaImaging
import SohoaTestSupport
import Testing

/// A record's PDF: its pages' delivery images, one page each, valid for qpdf, the same bytes every time.
@Suite struct RecordPDFTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func pagesBecomeOneValidDeterministicPDF() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sohoa-pdf-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var images: [URL] = []
        for (index, scan) in ["0001.tif", "0002.tif"].enumerated() {
            let page = try LeptonicaImage.reading(path: Self.root.appendingPathComponent("samples/batch/ks-thachthanh-2008-01/\(scan)").path)
            let jpeg = folder.appendingPathComponent("page\(index).jpg")
            try page.gray8().scaled(by: 0.5).writeJPEG(to: jpeg.path, quality: DeliveryImage.quality)
            images.append(jpeg)
        }
        let pdf = try RecordPDF.data(images: images)
        #expect(try RecordPDF.data(images: images) == pdf, "the same images give the same bytes")
        let file = folder.appendingPathComponent("record.pdf")
        try pdf.write(to: file)
        let check = try ToolRun("qpdf", ["--check", file.path])
        #expect(check.status == 0, "\(check.output)")
        #expect(try ToolRun("qpdf", ["--show-npages", file.path]).output.trimmingCharacters(in: .whitespacesAndNewlines) == "2")
        // The JPEG data goes in as it is: the PDF is barely larger than its images.
        let imageBytes = try images.reduce(0) { $0 + (try Data(contentsOf: $1)).count }
        #expect(pdf.count > imageBytes && pdf.count < imageBytes + 4096)
    }

    @Test func aMissingImageIsAnErrorNamingIt() {
        #expect(throws: ExportError.self) { try RecordPDF.data(images: [URL(fileURLWithPath: "/nonexistent/page.jpg")]) }
        #expect(throws: ExportError.self) { try RecordPDF.data(images: []) }
    }
}
