public import Foundation
public import SohoaCore

/// A book as the export reads it: its book-level values and its records in book order, each with its pages and
/// fields as they stand now (after any review).
public struct ExportBook: Sendable, Equatable {
    public var id: String
    /// The book's folder, absolute.
    public var folder: String
    public var pipeline: String
    public var noiDangKy: String
    public var quyenSo: String
    /// Its records to deliver: every row but those dismissed as "not a record".
    public var records: [ExportRecord]
    /// How many rows were dismissed as "not a record" (blank rows with stains or stray marks), by a reviewer or by
    /// sohoa when only a few cells held anything (`RowPresence`), not delivered.
    public var notRecords: Int
    /// The last time a person changed what the delivery is made of (a decision taken): the one timestamp the delivery
    /// carries, so that the same scans and the same decisions give the same bytes, however the runs went.
    public var lastChange: Date

    public init(
        id: String, folder: String, pipeline: String, noiDangKy: String, quyenSo: String, records: [ExportRecord],
        notRecords: Int = 0, lastChange: Date
    ) {
        (self.id, self.folder, self.pipeline, self.noiDangKy, self.quyenSo) = (id, folder, pipeline, noiDangKy, quyenSo)
        (self.records, self.notRecords, self.lastChange) = (records, notRecords, lastChange)
    }
}

extension ExportBook {
    /// How many of the book's fields still wait for review.
    public var pendingFields: Int {
        records.reduce(0) { $0 + $1.fields.values.filter { $0.status == .review }.count }
    }
}

/// One record: where it stands and what was read or decided of it.
public struct ExportRecord: Sendable, Equatable {
    /// The opening's place in the book, 1-based.
    public var openingSequence: Int
    /// 1-based row on the page, top to bottom.
    public var row: Int
    /// The opening's pages the record runs across, left page first (one when the other is missing).
    public var pages: [ExportPage]
    /// Every field of the record by export column.
    public var fields: [String: ExportField]

    public init(openingSequence: Int, row: Int, pages: [ExportPage], fields: [String: ExportField]) {
        (self.openingSequence, self.row, self.pages, self.fields) = (openingSequence, row, pages, fields)
    }

    /// The record's status from its fields' (SPEC.md).
    public var status: RecordStatus { RecordStatus(fields.values.map(\.status)) }
}

/// A page of an opening: where it came from and its delivery image.
public struct ExportPage: Sendable, Equatable {
    /// `left` or `right` of the opened book.
    public var side: String
    /// The scan file, relative to the book folder.
    public var file: String
    /// 0-based frame inside the file.
    public var frame: Int
    /// The number printed on the page, when it was read.
    public var pageNumber: Int?
    /// The delivery JPEG, absolute.
    public var deliveryImage: URL

    public init(side: String, file: String, frame: Int, pageNumber: Int?, deliveryImage: URL) {
        (self.side, self.file, self.frame, self.pageNumber, self.deliveryImage) = (side, file, frame, pageNumber, deliveryImage)
    }
}

/// A field as it stands.
public struct ExportField: Sendable, Equatable {
    public var text: String
    public var value: String
    public var status: FieldStatus
    /// The confidence routing judged the reading by (0 when none was stored).
    public var confidence: Double
    public var reasons: [String]
    /// The decoder's candidate values, most probable first (none for a field without).
    public var candidates: [FieldCandidate]

    public init(
        text: String, value: String, status: FieldStatus, confidence: Double, reasons: [String], candidates: [FieldCandidate] = []
    ) {
        (self.text, self.value, self.status, self.confidence, self.reasons) = (text, value, status, confidence, reasons)
        self.candidates = candidates
    }
}
