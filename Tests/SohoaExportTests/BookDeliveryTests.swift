import Foundation
import SohoaCore
@testable import SohoaExport
import SohoaStore
import Testing

/// What a book's delivery refuses to write, whatever the command line checked before.
@Suite struct BookDeliveryTests {
    static let pipeline = Pipeline(
        name: "ks-mini", registerType: .birth, templateVersion: "ks-mini",
        left: [PipelineColumn(header: "Số", fields: ["so"], type: .number)],
        right: [PipelineColumn(header: "Họ tên", fields: ["nksHoTen"], type: .name)])

    static func book(_ fields: [String: ExportField]) -> ExportBook {
        ExportBook(
            id: "ks-mini", folder: "/books/ks-mini", pipeline: "ks-mini", noiDangKy: "UBND xã A", quyenSo: "01/2008",
            records: [ExportRecord(openingSequence: 1, row: 1, pages: [], fields: fields)], lastChange: Date())
    }

    static let template = ImportTemplates.Template(registerType: "KS", columns: ["STT", "so", "nksHoTen", "ghiChu"], derived: nil)
    static let accepted = ExportField(text: "1", value: "1/2008", status: .accepted, confidence: 0.9, reasons: [])
    static let pending = ExportField(text: "Ng?", value: "Ng?", status: .review, confidence: 0.2, reasons: ["blur"])

    @Test func aBookWithPendingFieldsIsRefusedUnlessAskedFor() throws {
        let book = Self.book(["so": Self.accepted, "nksHoTen": Self.pending])
        #expect { try BookDelivery(book: book, pipeline: Self.pipeline, template: Self.template, includePending: false) } throws: { error in
            "\(error)".contains("1 field(s) wait for review")
        }
        _ = try BookDelivery(book: book, pipeline: Self.pipeline, template: Self.template, includePending: true)
    }

    @Test func aRecordMissingAColumnOrAPipelineOutsideItsTemplateIsRefused() {
        #expect { try BookDelivery(book: Self.book(["so": Self.accepted]), pipeline: Self.pipeline, template: Self.template, includePending: true) }
            throws: { error in "\(error)".contains("has no nksHoTen") }
        let narrow = ImportTemplates.Template(registerType: "KS", columns: ["STT", "so"], derived: nil)
        let book = Self.book(["so": Self.accepted, "nksHoTen": Self.accepted])
        #expect { try BookDelivery(book: book, pipeline: Self.pipeline, template: narrow, includePending: false) } throws: { error in
            (error as? ExportError)?.kind == .configuration && "\(error)".contains("nksHoTen")
        }
        let deaths = ImportTemplates.Template(registerType: "KT", columns: Self.template.columns, derived: nil)
        #expect { try BookDelivery(book: book, pipeline: Self.pipeline, template: deaths, includePending: false) } throws: { error in
            (error as? ExportError)?.kind == .configuration
        }
    }
}
