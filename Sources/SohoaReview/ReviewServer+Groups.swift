import Foundation
import Hummingbird
import SohoaCore
import SohoaImaging
import SohoaStore

/// Group confirmation: a grid of one column's crops that share one proposed value, the odd ones toggled out, the
/// rest confirmed with one key. Check crops (accepted fields of a visibly different value) catch a reviewer who
/// confirms without looking; a grid with one left untoggled decides nothing and is counted against them.
extension ReviewServer {
    /// About how wide a crop of the grid is served, in pixels.
    static let gridCropWidth = 320.0

    static let groupNotices = [
        "confirmed": "Đã xác nhận nhóm; các ô đã đánh dấu trở lại hàng chờ.",
        "missed": "Nhóm chưa được xác nhận: có ô kiểm tra (giá trị khác) chưa được đánh dấu. Các trường trở lại hàng chờ.",
        "skipped": "Đã trả lại nhóm.",
    ]

    func groupPage(_ request: Request, context: ReviewContext) throws -> Response {
        guard let reviewer = context.reviewer else { throw HTTPError(.unauthorized) }
        let filter = Filter(request)
        let notice = request.uri.queryParameters["done"].flatMap { Self.groupNotices[String($0)] }
        guard let group = try store.claimNextGroup(for: reviewer, filter: queueFilter(filter), proposal: groupValue) else {
            let done = DonePage(title: "Hết nhóm", notice: notice, groupsDone: true, filter: filter.query.isEmpty ? nil : filter.query)
            return HTMLPage.response(render("done", context: context, done))
        }
        let entry = catalog.entry(pipeline: group.pipeline, field: group.name)
        let screen = GroupScreen(
            groupId: group.id, header: entry?.header ?? group.name, value: group.value, shown: Self.shown(group.value, type: entry?.type),
            count: group.crops.count, crops: group.crops.map { GroupScreen.Crop(position: $0.position) }, filter: filter.query,
            notice: notice)
        return HTMLPage.response(render("group", context: context, screen))
    }

    func groupDecision(_ request: Request, context: ReviewContext) async throws -> Response {
        guard let reviewer = context.reviewer else { throw HTTPError(.unauthorized) }
        let form = try await GroupForm.read(request, context: context, expecting: context.csrf)
        return try await BlockingWork.run { try decide(form, reviewer: reviewer, context: context) }
    }

    private func decide(_ form: GroupForm, reviewer: Reviewer, context: ReviewContext) throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw HTTPError(.notFound) }
        let filter = Filter(query: form.filter)
        let done: String
        if form.action == "skip" {
            try store.giveBack(group: id, by: reviewer)
            done = "skipped"
        } else {
            switch try store.decide(group: id, odd: form.odd, by: reviewer) {
            case .confirmed: done = "confirmed"
            case .missedChecks: done = "missed"
            case .refused(let why):
                let message = MessagePage(title: "Không lưu được nhóm", heading: "Không lưu được nhóm", message: why)
                return HTMLPage.response(render("message", context: context, message), status: .conflict)
            }
        }
        return filter.redirect(to: "/groups/review", done: done)
    }

    func groupCrop(context: ReviewContext) throws -> Response {
        guard let reviewer = context.reviewer else { throw HTTPError(.unauthorized) }
        guard let id = context.parameters.get("id", as: Int64.self), let position = context.parameters.get("position", as: Int.self),
            let crop = try store.group(id, heldBy: reviewer)?.crops.first(where: { $0.position == position })
        else { throw HTTPError(.notFound) }
        let box = PixelRect(x: crop.box[0], y: crop.box[1], width: crop.box[2], height: crop.box[3])
        return try png { () throws(ImagingError) in try CellCrop.cell(page: crop.pageImage, box: box, width: Self.gridCropWidth, pages: masters) }
    }

    /// The value a grid may propose for `field`, as the sheet has it: what its input would open with, when its parser
    /// takes it; nil for fields that need four eyes, and for a blank proposed where the recognizer read something.
    @Sendable func groupValue(_ field: ClaimedField) -> String? {
        guard let entry = catalog.entry(pipeline: field.pipeline, field: field.name),
            !FourEyes.isRequired(type: entry.type, reasons: field.reasons)
        else { return nil }
        let offer = FieldOffer(field: field, entry: entry, catalog: catalog)
        guard let value = try? TypedDecision.decision(typed: offer.prefill, field: field, entry: entry, catalog: catalog).value,
            !value.isEmpty || field.text.registerText.isEmpty
        else { return nil }
        return value
    }

    /// A grid's value as a reviewer reads it: as an input shows it (`FieldOffer.shown`), a blank in words.
    static func shown(_ value: String, type: FieldType?) -> String {
        value.isEmpty ? "(để trống)" : FieldOffer.shown(value, type: type)
    }
}
