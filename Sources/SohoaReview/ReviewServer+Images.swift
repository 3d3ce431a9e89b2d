import Foundation
import Hummingbird
import SohoaImaging
import SohoaCore
import SohoaStore

/// The pictures of field mode: a field's cell, enlarged, and its row across each page, cut from decoded masters.
extension ReviewServer {
    func cellImage(context: ReviewContext) throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self), let field = try store.reviewField(id), let page = field.pageImage,
            let box = Self.cell(field)
        else { throw HTTPError(.notFound) }
        return try png { () throws(ImagingError) in try CellCrop.cell(page: page, box: box, pages: masters) }
    }

    func rowImage(context: ReviewContext) throws -> Response {
        guard let id = context.parameters.get("id", as: Int64.self), let side = context.parameters.get("side"),
            let field = try store.reviewField(id), let band = try store.rowBands(ofField: id).first(where: { $0.side == side })
        else { throw HTTPError(.notFound) }
        let frame = field.side == side ? Self.cell(field) : nil
        return try png { () throws(ImagingError) in
            try CellCrop.row(page: band.pageImage, top: band.top, height: band.height, frame: frame, pages: masters)
        }
    }

    /// The field's cell in its page's master, when its box is known.
    static func cell(_ field: ClaimedField) -> PixelRect? {
        guard let box = field.box, box.count == 4 else { return nil }
        return PixelRect(x: box[0], y: box[1], width: box[2], height: box[3])
    }

    func png(_ make: () throws(ImagingError) -> Data) throws -> Response {
        let data: Data
        do { data = try make() } catch { throw HTTPError(.internalServerError, message: "\(error)") }
        return Response(status: .ok, headers: [.contentType: "image/png", .cacheControl: "private, no-store"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }
}
