import CQPDF
import Foundation
import SohoaImaging

/// The PDF of one record: one page per delivery image of the pages it stands on, left page first. Leptonica makes
/// each page (the JPEG embedded as it is); qpdf assembles them into one document and writes it with a
/// deterministic `/ID`, so the same images give the same bytes and the file passes `qpdf --check`.
enum RecordPDF {
    static func data(images: [URL]) throws(ExportError) -> Data {
        guard !images.isEmpty else { throw ExportError("record PDF", "a record with no page image") }
        var pages: [Data] = []
        for image in images {
            do { pages.append(try DeliveryPDF.page(image: image)) } catch { throw ExportError(image.path, "\(error)") }
        }
        let subject = images.map(\.lastPathComponent).joined(separator: " + ")
        return try QPDFDocument.merged(pages, subject: subject)
    }
}

/// A qpdf document handle, freed with it. Sources read from memory must outlive the document they are merged into:
/// qpdf copies their stream data only when the merged document is written.
private final class QPDFDocument {
    let handle: qpdf_data

    init() {
        handle = qpdf_init()
        qpdf_set_suppress_warnings(handle, QPDF_TRUE)
    }

    deinit {
        var handle: qpdf_data? = handle
        qpdf_cleanup(&handle)
    }

    /// One PDF holding every page of `documents`, in order.
    static func merged(_ documents: [Data], subject: String) throws(ExportError) -> Data {
        let merged = QPDFDocument()
        try merged.check(qpdf_empty_pdf(merged.handle), subject, "start a PDF")
        var sources: [(QPDFDocument, UnsafeMutableRawBufferPointer)] = []
        defer { sources.forEach { $0.1.deallocate() } }
        for document in documents {
            let source = QPDFDocument()
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: document.count, alignment: 1)
            buffer.copyBytes(from: document)
            sources.append((source, buffer))
            try source.check(
                qpdf_read_memory(source.handle, subject, buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
                    UInt64(document.count), nil),
                subject, "read a page PDF")
            for index in 0..<max(0, Int(qpdf_get_num_pages(source.handle))) {
                let page = qpdf_get_page_n(source.handle, index)
                try merged.check(qpdf_add_page(merged.handle, source.handle, page, QPDF_FALSE), subject, "add a page")
            }
        }
        try merged.check(qpdf_init_write_memory(merged.handle), subject, "prepare the PDF")
        qpdf_set_deterministic_ID(merged.handle, QPDF_TRUE)
        try merged.check(qpdf_write(merged.handle), subject, "write the PDF")
        guard let bytes = qpdf_get_buffer(merged.handle) else { throw ExportError(subject, "qpdf wrote no PDF") }
        return Data(bytes: bytes, count: qpdf_get_buffer_length(merged.handle))
    }

    private func check(_ code: QPDF_ERROR_CODE, _ subject: String, _ step: String) throws(ExportError) {
        guard code & QPDF_ERRORS != 0 else { return }
        let text = qpdf_has_error(handle) == QPDF_TRUE
            ? String(cString: qpdf_get_error_full_text(handle, qpdf_get_error(handle))) : "unknown error"
        throw ExportError(subject, "qpdf could not \(step): \(text)")
    }
}
