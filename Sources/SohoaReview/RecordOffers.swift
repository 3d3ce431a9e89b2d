import SohoaCore
import SohoaStore

/// What a record's context gives the fields a reviewer decides in it, on either mode's screen: each field's offer
/// (pre-fill, alternatives, list) with the value predicted from the book and the row, the field whose value it
/// follows when that one is still to be typed, and the year a bare registration number belongs to.
struct RecordOffers {
    /// The year of the record's registration: its registration date's, else the previous record's number's, else the
    /// year the book was opened.
    let year: Int?
    private let record: ClaimedRecord
    private let catalog: FieldCatalog
    private let predictions: [String: RecordPrediction]
    private let settled: [String: SettledField]

    init(record: ClaimedRecord, pipeline: Pipeline, catalog: FieldCatalog) {
        (self.record, self.catalog) = (record, catalog)
        predictions = RecordPrediction.predictions(for: pipeline, previous: record.previousValues)
        settled = Dictionary(record.settled.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let date = settled[RecordPrediction.registrationDateField]?.value
        let previousNumber = record.previousValues.first { catalog.entry(pipeline: record.pipeline, field: $0.key)?.type == .number }?.value
        year = [date.flatMap { try? DateReading.date($0).year }, previousNumber.flatMap { $0.split(separator: "/").last.flatMap { Int($0) } }]
            .compactMap { $0 }.first ?? record.bookYear
    }

    /// The offer for `field`, one of the record's pending fields, and the field it takes its value from once that
    /// one is typed (a residence the same as the one before it), when that one is pending too.
    func offer(for field: ClaimedField) -> (offer: FieldOffer, follows: String?) {
        var prediction: String?
        var follows: String?
        switch predictions[field.name] {
        case .value(let value): prediction = value
        case .sameAs(let other): if let known = settled[other] { prediction = known.value } else { follows = other }
        case nil: break
        }
        let offer = FieldOffer(
            field: field, entry: catalog.entry(pipeline: field.pipeline, field: field.name), catalog: catalog, prediction: prediction,
            bookValues: record.bookValues[field.name] ?? [], registrationYear: year)
        return (offer, follows)
    }
}
