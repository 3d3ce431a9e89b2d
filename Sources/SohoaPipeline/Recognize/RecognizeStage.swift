import Foundation
public import SohoaCore
import SohoaImaging
import SohoaOCR
public import SohoaStore

/// The third stage: reads every prepared opening into records and routes each field to `accepted` or `review`.
/// One opening per worker at a time, each worker with its own Tesseract engine; committed per opening, so a
/// killed run loses only the openings in flight. Then each book's registration numbers are checked in sequence.
public struct RecognizeStage: Sendable {
    public let store: SohoaStore
    public let observer: any RunObserver
    public let pipelines: PipelineCatalog
    public let lexicons: RegisterLexicons
    /// The run's attempts: each opening is marked in progress while it is read.
    public let attempts: WorkAttempts

    public init(
        store: SohoaStore, observer: any RunObserver, pipelines: PipelineCatalog, lexicons: RegisterLexicons,
        attempts: WorkAttempts
    ) {
        self.store = store
        self.observer = observer
        self.pipelines = pipelines
        self.lexicons = lexicons
        self.attempts = attempts
    }

    /// Why reading had to stop: the store or the OCR engine failed (a bad opening does not stop it).
    enum ReadFailure: Error {
        case store(StoreError)
        case engine(OCRError)
    }

    public func recognize(books: [String], jobs: Int) throws(PipelineRunError) {
        let openings: [OpeningToRead]
        do { openings = try store.openingsToRead() } catch { throw .store(error) }
        var readers: [String: OpeningReader] = [:]
        for name in Set(openings.map(\.pipeline)) {
            do throws(PipelineError) {
                readers[name] = OpeningReader(pipeline: try pipelines.pipeline(named: name), router: RecordRouter(lexicons: lexicons))
            } catch {
                throw .configuration(error.description)
            }
        }
        let ready = readers
        var contexts: [String: BookContext] = [:]
        for opening in openings where contexts[opening.bookId] == nil {
            contexts[opening.bookId] = lexicons.context(ofBook: opening.bookPlace, openedIn: opening.bookYear)
        }
        let contextOfBook = contexts
        observer.observe(.readPlanned(openings: openings.count))
        let failure: ReadFailure? = WorkerPool.run(
            openings, workers: jobs,
            makeWorker: { () throws(ReadFailure) -> CellEngines in
                do throws(OCRError) { return try CellEngines() } catch { throw .engine(error) }
            },
            perform: { (engines: inout CellEngines, opening: OpeningToRead) throws(ReadFailure) in
                guard let reader = ready[opening.pipeline] else { return }
                try read(opening, with: reader, book: contextOfBook[opening.bookId] ?? .none, engines: &engines)
            })
        switch failure {
        case .store(let error): throw .store(error)
        case .engine(let error): throw .configuration(error.description)
        case nil: break
        }
        // Every book's steps run again from its fields as they were read, whether this run read any of its openings
        // or a run was killed during these steps: they end where one clean run ends.
        do {
            let settings = try store.readingSettings(ofBooks: books)
            for book in books {
                try store.restoreReadFields(ofBook: book)
                if let name = settings[book]?.pipeline, let pipeline = try? pipelines.pipeline(named: name) {
                    try offerBookValues(ofBook: book, pipeline: pipeline)
                }
                try checkSequence(ofBook: book)
                let context = settings[book].map { lexicons.context(ofBook: $0.place, openedIn: $0.year) } ?? .none
                try narrowRegistrationDates(ofBook: book, context: context)
            }
        } catch {
            throw .store(error)
        }
    }

    private func read(
        _ opening: OpeningToRead, with reader: OpeningReader, book: BookContext, engines: inout CellEngines
    ) throws(ReadFailure) {
        let read: Result<OpeningReader.Result, any Error>
        do {
            read = try attempts.attempt(WorkItem.opening(opening)) { () throws -> OpeningReader.Result in
                try reader.read(opening, book: book, engines: &engines)
            }
        } catch {
            throw .store(error)
        }
        let result: OpeningReader.Result
        switch read {
        case .success(let done): result = done
        case .failure(let error):
            observer.observe(.openingNotRead(book: opening.bookId, opening: opening.openingId, reason: "\(error)"))
            return
        }
        let layout = (try? JSONEncoder().encode(result.layout)) ?? Data("{}".utf8)
        do { try store.saveReadOpening(opening.openingId, layout: layout, records: result.records) } catch { throw .store(error) }
        let fields = result.records.flatMap(\.fields)
        observer.observe(
            .openingRead(
                book: opening.bookId, records: result.records.count, fields: fields.count,
                review: fields.filter { $0.decision.status == .review }.count))
    }

    /// The fields in review of a column whose values recur through a book (places, ethnic groups, nationalities,
    /// sexes, relations) are offered the book's own values first (`BookPriors`): a cell the recogniser could hardly
    /// read is pre-filled with what the book most often holds there.
    private func offerBookValues(ofBook book: String, pipeline: Pipeline) throws(StoreError) {
        var kinds: [String: FieldType] = [:]
        for column in pipeline.left + pipeline.right {
            for field in column.fields { kinds[field] = column.type == .nameRelation && field != column.fields.last ? .name : column.type }
        }
        let recurring: Set<FieldType> = [.place, .ethnic, .nationality, .sex, .nameRelation]
        var counts: [FieldType: [String: Int]] = [:]
        for (field, values) in try store.acceptedValueCounts(ofBook: book) {
            guard let kind = kinds[field], recurring.contains(kind) else { continue }
            counts[kind, default: [:]].merge(values, uniquingKeysWith: +)
        }
        if counts[.ethnic, default: [:]].isEmpty { counts[.ethnic] = BookPriors.nationalEthnicGroups }
        for field in try store.candidateFields(ofBook: book) {
            guard let kind = kinds[field.name], recurring.contains(kind), let known = counts[kind] else { continue }
            let offered = BookPriors.rerank(field.candidates, counts: known) { lexicons.isValid($0, as: kind) }
            guard offered != field.candidates else { continue }
            try store.propose(field: field.fieldId, candidates: offered, accept: false)
        }
    }

    /// Registration dates in doubt between two the book read with certainty are decoded again inside the window those
    /// give them (`RegistrationDateWindows`), for the reviewer: the likeliest dates of that window are offered first.
    /// Nothing is accepted here.
    private func narrowRegistrationDates(ofBook book: String, context: BookContext) throws(StoreError) {
        let dates = try store.fields(named: "ngayDangKy", ofBook: book)
        let windows = RegistrationDateWindows.windows(dates.map { .init(value: $0.value, accepted: $0.status == .accepted) })
        let decoder = FieldDecoder(lexicons: lexicons, book: context)
        for (index, window) in windows where !dates[index].text.isEmpty {
            let date = dates[index]
            let candidates = RegistrationDateWindows.candidates(
                by: decoder, text: date.text, confidence: date.confidence, current: date.value, in: window)
            try store.propose(field: date.fieldId, candidates: candidates, accept: false)
        }
    }

    /// Registration numbers that follow neither neighbour or that the book's sequence skips over, and registration
    /// dates out of order, go to review (a misread digit shows there).
    private func checkSequence(ofBook book: String) throws(StoreError) {
        var numbers = try store.fields(named: "so", ofBook: book)
        // Numbers in doubt that the sequence settles or proposes.
        let entries = numbers.map {
            NumberSequenceDecoding.Entry(value: $0.value, text: $0.text, accepted: $0.status == .accepted, reasons: $0.reasons)
        }
        for proposal in NumberSequenceDecoding.proposals(entries) {
            try store.propose(field: numbers[proposal.index].fieldId, candidates: proposal.candidates, accept: proposal.accept)
        }
        numbers = try store.fields(named: "so", ofBook: book)
        // A number pre-filled for a person (from the sequence, by the decoder) is no witness; one whose digits are the
        // cell's reading is, in doubt or not (a `so` value always differs from its text by its year).
        let read = numbers.map { field -> String? in
            let digits = field.value.split(separator: "/").first.map(String.init)
            return field.value.isEmpty || (field.guessed && digits != field.text.filter(\.isASCIIDigit)) ? nil : field.value
        }
        let gaps = Set(SequenceCheck.outOfSequence(read) + SequenceCheck.skippedOver(read)).sorted()
        try store.sendToReview(fields: gaps.map { numbers[$0].fieldId }, reason: .sequenceGap)
        let dates = try store.fields(named: "ngayDangKy", ofBook: book)
        // A guess pre-filled for a person is no evidence against its neighbours.
        let disorder = SequenceCheck.outOfOrder(dates.map { $0.value.isEmpty || $0.guessed ? nil : $0.value })
        try store.sendToReview(fields: disorder.map { dates[$0].fieldId }, reason: .dateSequence)
        // A number is exported with its registration date's year: it is only as sure as that date.
        let unsure = Set(disorder.map { dates[$0].recordId })
        try store.sendToReview(fields: numbers.filter { unsure.contains($0.recordId) }.map(\.fieldId), reason: .registrationDateUnsure)
    }
}
