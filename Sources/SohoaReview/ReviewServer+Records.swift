import Foundation
import Hummingbird
import SohoaCore
import SohoaImaging
import SohoaStore

/// Record-at-a-time keying: one screen per ledger row. The row's image across the opening, with the cell of the
/// field being typed framed; the record's fields in the form's order, those that need a person as inputs (Tab and
/// Enter move only between them) and the others shown as they stand; one submit for the record. Every field keeps
/// its own decision, status and audit row, and four eyes its blind second reading.
extension ReviewServer {
    /// About how wide a row strip is served, in pixels: handwriting stays readable across a screen.
    static let stripWidth = 1400.0

    /// How many of the book's values in a column a proposal is drawn from.
    static let proposalBookValues = 500

    static let recordNotices = [
        "resolved": "Đã lưu bản ghi.", "second": "Đã lưu bản ghi; các trường cần hai người đọc chờ người thứ hai.",
        "dispute": "Đã lưu bản ghi; có trường hai lần đọc khác nhau, được chuyển cho giám sát.", "skipped": "Đã bỏ qua bản ghi.",
        "dismissed": "Đã bỏ dòng: không phải bản ghi, sẽ không được xuất.",
    ]

    func recordPage(_ request: Request, context: ReviewContext) throws -> Response {
        guard let reviewer = context.reviewer else { throw HTTPError(.unauthorized) }
        let filter = Filter(request)
        let notice = request.uri.queryParameters["done"].flatMap { Self.recordNotices[String($0)] }
        guard let record = try store.claimNextRecord(for: reviewer, filter: queueFilter(filter)) else {
            return HTMLPage.response(render("done", context: context, DonePage(notice: notice)))
        }
        return try recordScreen(record, filter: filter, context: context, notice: notice)
    }

    func recordDecision(_ request: Request, context: ReviewContext) async throws -> Response {
        guard let reviewer = context.reviewer else { throw HTTPError(.unauthorized) }
        let form = try await RecordForm.read(request, context: context, expecting: context.csrf)
        return try await BlockingWork.run { try decide(form, reviewer: reviewer, context: context) }
    }

    /// The year of the registration date typed on this screen, when the reviewer typed one that parses: a bare
    /// registration number typed beside it belongs to that year, not to the one the stored reading or the previous
    /// record suggests (the first number of a new year follows the last one of the old).
    private func typedRegistrationYear(in form: RecordForm, record: ClaimedRecord) -> Int? {
        guard let field = record.pending.first(where: { $0.name == RecordPrediction.registrationDateField }),
              let typed = form.values[field.fieldId],
              let entry = catalog.entry(pipeline: field.pipeline, field: field.name),
              let decided = try? TypedDecision.decision(typed: typed, field: field, entry: entry, catalog: catalog)
        else { return nil }
        return try? DateReading.date(decided.value).year
    }

    private func decide(_ form: RecordForm, reviewer: Reviewer, context: ReviewContext) throws -> Response {
        let filter = Filter(query: form.filter)
        guard let id = context.parameters.get("id", as: Int64.self), let record = try store.record(id, heldBy: reviewer) else {
            throw HTTPError(.notFound, message: "Không có bản ghi này.")
        }
        guard !record.pending.isEmpty else {
            return try recordScreen(record, filter: filter, context: context, error: "Bạn không còn giữ bản ghi này; hãy lấy lại từ hàng chờ.",
                                    status: .conflict)
        }
        if form.action == ReviewAction.notARecord.rawValue {
            if case .refused(let why) = try store.dismiss(record: id, by: reviewer) {
                return try recordScreen(record, filter: filter, context: context, error: "Không bỏ được dòng này: \(why).",
                                        status: .conflict)
            }
            return filter.redirect(to: "/records/review", done: "dismissed")
        }
        let year = try typedRegistrationYear(in: form, record: record) ?? offers(in: record).year
        var decisions: [FieldReviewDecision] = []
        var errors: [Int64: String] = [:]
        for field in record.pending {
            guard let entry = catalog.entry(pipeline: field.pipeline, field: field.name) else {
                throw HTTPError(.internalServerError, message: "Trường \(field.name) không có trong quy trình \(field.pipeline).")
            }
            let fourEyes = FourEyes.isRequired(type: entry.type, reasons: field.reasons)
            let action: ReviewAction
            var value = field.value
            if form.action == "skip" {
                action = .skip
            } else if form.illegible.contains(field.fieldId) {
                action = .illegible
            } else if let typed = form.values[field.fieldId] {
                do {
                    (action, value) = try TypedDecision.decision(typed: typed, field: field, entry: entry, catalog: catalog, registrationYear: year)
                } catch {
                    errors[field.fieldId] = error.message
                    continue
                }
            } else {
                continue  // a field the form did not carry stays as it is, held for this reviewer
            }
            decisions.append(FieldReviewDecision(field: field.fieldId, action: action, value: value, fourEyes: fourEyes))
        }
        guard errors.isEmpty else {
            return try recordScreen(record, filter: filter, context: context, typed: form.values, illegible: form.illegible,
                                    errors: errors, status: .unprocessableContent)
        }
        let outcomes = try store.decide(record: id, decisions, by: reviewer)
        let refused = outcomes.compactMap { id, outcome -> (Int64, String)? in
            if case .refused(let why) = outcome { (id, why) } else { nil }
        }
        guard refused.isEmpty else {
            return try recordScreen(record, filter: filter, context: context, typed: form.values, illegible: form.illegible,
                                    errors: Dictionary(refused, uniquingKeysWith: { first, _ in first }), status: .conflict)
        }
        let done =
            if outcomes.values.contains(.disputed) { "dispute" }
            else if outcomes.values.contains(.awaitingSecondReading) { "second" }
            else if form.action == "skip" { "skipped" }
            else { "resolved" }
        return filter.redirect(to: "/records/review", done: done)
    }

    func recordRowImage(context: ReviewContext) throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self), let side = context.parameters.get("side"),
            let band = try store.rowBands(ofRecord: id).first(where: { $0.side == side })
        else { throw HTTPError(.notFound) }
        return try png { () throws(ImagingError) in
            let strip = try RowStrip(page: band.pageImage, top: band.top, height: band.height)
            return try strip.png(scale: min(1, Self.stripWidth / Double(max(strip.region.width, 1))), pages: masters)
        }
    }

    /// The proposal for `?text=` typed without marks in a field (`TypedProposal`), as plain text; empty when none.
    func proposal(_ request: Request, context: ReviewContext) throws -> Response {
        guard context.reviewer != nil else { throw HTTPError(.unauthorized) }
        guard let id = context.parameters.get("id", as: Int64.self), let field = try store.reviewField(id) else { throw HTTPError(.notFound) }
        let typed = request.uri.queryParameters["text"].map(String.init) ?? ""
        let entry = catalog.entry(pipeline: field.pipeline, field: field.name)
        // The decoder's candidates, everything the book holds in the column, then the column's list (a place in
        // every wording).
        let listed = entry?.type == .place
            ? catalog.places.wordings(for: field.bookPlace) : entry.map { catalog.choices(for: $0, bookPlace: field.bookPlace) } ?? []
        let known = field.candidates + (try store.bookValues(book: field.bookId, field: field.name, limit: Self.proposalBookValues)) + listed
        let isName = entry.map { $0.type == .name || ($0.type == .nameRelation && $0.index == 0) } ?? false
        let proposal = TypedProposal.proposal(for: typed, known: known, isName: isName, isPlace: entry?.type == .place, names: names) ?? ""
        return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8", .cacheControl: "private, no-store"],
                        body: .init(byteBuffer: ByteBuffer(string: proposal)))
    }

    /// What `record`'s context offers its pending fields.
    func offers(in record: ClaimedRecord) throws -> RecordOffers {
        RecordOffers(record: record, pipeline: try pipeline(of: record), catalog: catalog)
    }

    private func pipeline(of record: ClaimedRecord) throws -> Pipeline {
        guard let pipeline = catalog.pipelines[record.pipeline] else {
            throw HTTPError(.internalServerError, message: "Không có quy trình \(record.pipeline).")
        }
        return pipeline
    }

    private func recordScreen(
        _ record: ClaimedRecord, filter: Filter, context: ReviewContext, notice: String? = nil, error: String? = nil,
        typed: [Int64: String] = [:], illegible: Set<Int64> = [], errors: [Int64: String] = [:], status: HTTPResponse.Status = .ok
    ) throws -> Response {
        let pipeline = try pipeline(of: record)
        let offers = RecordOffers(record: record, pipeline: pipeline, catalog: catalog)
        let settled = Dictionary(record.settled.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let pending = Dictionary(record.pending.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let strips = try store.rowBands(ofRecord: record.recordId).compactMap { band in
            (try? RowStrip(page: band.pageImage, top: band.top, height: band.height)).map { (band.side, $0) }
        }
        var lists: [String: [String]] = [:]
        var fields: [RecordScreen.Field] = []
        for column in pipeline.left + pipeline.right {
            for name in column.fields {
                guard let field = pending[name] else {
                    if let shown = settled[name] {
                        fields.append(RecordScreen.Field(settled: RecordScreen.SettledFieldView(
                            header: header(name, in: record), value: shown.value, statusLabel: ReasonLabels.label(shown.status))))
                    }
                    continue
                }
                let entry = catalog.entry(pipeline: field.pipeline, field: name)
                let (offer, follows) = offers.offer(for: field)
                let list = entry.flatMap { offer.list.isEmpty ? nil : "list-\($0.type.rawValue)-\($0.index)" }
                if let list { lists[list] = offer.list }
                fields.append(RecordScreen.Field(pending: RecordScreen.PendingField(
                    fieldId: field.fieldId, name: name, header: header(name, in: record), value: typed[field.fieldId] ?? offer.prefill,
                    predicted: offer.predicted, reading: field.text, reasons: field.reasons.map(ReasonLabels.label),
                    illegible: illegible.contains(field.fieldId),
                    alternatives: Alternative.numbered(offer.alternatives),
                    hasAlternatives: !offer.alternatives.isEmpty, secondReading: field.stage == .second,
                    readings: field.readings.map(ReadingView.init), hasReadings: !field.readings.isEmpty, follows: follows,
                    fieldError: errors[field.fieldId], list: list)))
            }
        }
        let stripViews = strips.map { side, strip in
            let frames = record.pending.compactMap { field -> RecordScreen.Strip.Frame? in
                guard field.side == side, let box = field.box, box.count == 4 else { return nil }
                let at = strip.position(of: PixelRect(x: box[0], y: box[1], width: box[2], height: box[3]))
                func percent(_ share: Double) -> String { String(format: "%.2f%%", share * 100) }
                return RecordScreen.Strip.Frame(
                    fieldId: field.fieldId, left: percent(at.left), top: percent(at.top), width: percent(at.width), height: percent(at.height))
            }
            return RecordScreen.Strip(side: side, label: Self.sideLabel(side), recordId: record.recordId, frames: frames)
        }
        let screen = RecordScreen(
            title: "Bản ghi dòng \(record.row)", recordId: record.recordId, book: record.bookId, opening: record.openingSequence,
            row: record.row, strips: stripViews, fields: fields,
            lists: lists.sorted { $0.key < $1.key }.map { RecordScreen.ValueList(id: $0.key, options: $0.value) }, filter: filter.query,
            mayDismiss: record.mayBeDismissed, notice: notice,
            error: error ?? (errors.isEmpty ? nil : "Có trường chưa lưu được; xem bên dưới."))
        return HTMLPage.response(render("record", context: context, screen), status: status)
    }

    private func header(_ field: String, in record: ClaimedRecord) -> String {
        catalog.entry(pipeline: record.pipeline, field: field)?.header ?? field
    }
}
