import Foundation
import SohoaCore
import SohoaImaging
import SohoaOCR
public import SohoaStore

/// The second stage: turns every ingested frame into upright, levelled page images (a lossless master and a
/// compact delivery image each), reads their printed page numbers, measures their quality, and assembles the
/// book's openings. One frame per worker at a time, committed per frame; a frame the analysis is not sure of is
/// prepared all the same and its pages carry the reasons a person must look (`split-uncertain`, …).
public struct PrepareStage: Sendable {
    public let store: SohoaStore
    public let observer: any RunObserver
    /// The run's attempts: each frame is marked in progress while it is prepared.
    public let attempts: WorkAttempts

    public init(store: SohoaStore, observer: any RunObserver, attempts: WorkAttempts) {
        self.store = store
        self.observer = observer
        self.attempts = attempts
    }

    /// Prepares every frame not yet prepared, on `jobs` workers each with its own Tesseract engine, then
    /// rebuilds the openings of `books`.
    public func prepare(books: [String], jobs: Int) throws(PipelineRunError) {
        let frames: [FrameToPrepare]
        do { frames = try store.framesToPrepare() } catch { throw .store(error) }
        removeUnfinishedImages()
        observer.observe(.preparePlanned(frames: frames.count))
        let failure: PrepareFailure? = WorkerPool.run(
            frames, workers: jobs,
            makeWorker: { () throws(PrepareFailure) -> TesseractEngine in
                do throws(OCRError) { return try TesseractEngine(language: "vie") } catch { throw .engine(error) }
            },
            perform: { (engine: inout TesseractEngine, frame: FrameToPrepare) throws(PrepareFailure) in
                try prepare(frame, engine: engine)
            })
        switch failure {
        case .store(let error): throw .store(error)
        case .engine(let error): throw .configuration(error.description)
        case nil: break
        }
        do {
            for book in books {
                try flagFramesAgainstTheBook(book)
                try store.replaceOpenings(ofBook: book, with: OpeningAssembler.openings(try store.preparedPages(ofBook: book)))
            }
        } catch {
            throw .store(error)
        }
    }

    /// A book is scanned one way (spreads, or single pages) as a rule: a frame read the other way, without being
    /// sure of it, goes to a person. The book's majority is a prior, not a rule: nothing is re-cut on its say.
    private func flagFramesAgainstTheBook(_ book: String) throws(StoreError) {
        let frames = try store.frameKinds(ofBook: book)
        let spreads = frames.filter { $0.kind == FrameAnalysis.Kind.spread.rawValue }.count
        let usual = spreads * 2 >= frames.count ? FrameAnalysis.Kind.spread.rawValue : FrameAnalysis.Kind.page.rawValue
        for frame in frames where frame.kind != usual && frame.confidence < Self.sureAgainstTheBook {
            try store.addReason("layout-uncertain", toPagesOfFrame: frame.frameId)
        }
    }

    /// How sure a frame must be to stand against its book's usual layout without a person checking.
    static let sureAgainstTheBook = 0.9

    /// Images a killed run was writing (`*.partial`) are of frames it never committed: they are made again.
    private func removeUnfinishedImages() {
        let pages = store.workspace.pages
        guard let walker = FileManager.default.enumerator(at: pages, includingPropertiesForKeys: nil) else { return }
        for case let url as URL in walker where url.pathExtension == "partial" {
            try? FileManager.default.removeItem(at: url)
        }
    }

    /// Why preparing had to stop: the store or the OCR engine failed (a bad frame does not stop it).
    enum PrepareFailure: Error {
        case store(StoreError)
        case engine(OCRError)
    }

    private func prepare(_ frame: FrameToPrepare, engine: borrowing TesseractEngine) throws(PrepareFailure) {
        let folder = store.workspace.pages.appendingPathComponent(frame.bookId, isDirectory: true)
        let stem = "\(frame.sha256.prefix(16))-f\(frame.frameIndex)"
        let prepared: Result<(FrameAnalysis, [PreparedPageEntry]), any Error>
        do {
            prepared = try attempts.attempt(WorkItem.frame(frame)) { () throws -> (FrameAnalysis, [PreparedPageEntry]) in
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                var bilevel = false
                let gray = try Self.grayFrame(frame, bilevel: &bilevel)
                var result = try FrameAnalyzer().analyze(gray, dpi: frame.dpi)
                // A spread whose rulings did not say which way up is also asked its page numbers turned over; so is
                // each page of a spread that, prepared, leans to standing upside down (together they may say so).
                let spread = result.analysis.kind == .spread
                let doubted = spread && result.analysis.orientationConfidence < FrameAnalyzer.confidentOrientation
                // `askingTurned`: the first preparation also reads the numbers turned over; one turned back does not.
                func preparePages(askingTurned: Bool) throws -> (entries: [PreparedPageEntry], standing: [Double], turnedNumbers: [Int?]) {
                    let reasons = Self.reasons(for: result.analysis)
                    var entries: [PreparedPageEntry] = []
                    var standing: [Double] = []
                    var turnedNumbers: [Int?] = []
                    try PagePreparer().forEachPage(of: gray, dpi: frame.dpi, bilevelSource: bilevel, analysis: result) { page in
                        let name = "\(stem)-\(entries.count)"
                        let evidence = try PreparedOrientation.evidence(of: page.image, dpi: frame.dpi)
                        standing.append(evidence)
                        entries.append(
                            try record(page, frame: frame, analysis: result.analysis, reasons: reasons, standing: evidence,
                                       engine: engine, master: folder.appendingPathComponent("\(name).tif"),
                                       delivery: folder.appendingPathComponent("\(name).jpg")))
                        let askTurned = askingTurned && (doubted || (spread && evidence > 0))
                        turnedNumbers.append(askTurned ? try FacingNumbers.turnedOver(page, dpi: frame.dpi, engine: engine) : nil)
                    }
                    return (entries, standing, turnedNumbers)
                }
                var prepared = try preparePages(askingTurned: true)
                // Turned over, its pages show more of their numbers where an upright spread prints them (the right
                // page turned becomes the left one): the frame stands the other way up. What the analysis said is
                // then no evidence; the numbers in order, or the pages' own rulings, must say it again.
                if doubted || (spread && Self.standsTurned(prepared.standing)),
                    FacingNumbers.evidence(Array(prepared.turnedNumbers.reversed())) > FacingNumbers.evidence(prepared.entries.map(\.pageNumber))
                {
                    result.analysis.upsideDown.toggle()
                    result.analysis.orientationConfidence = 0
                    prepared = try preparePages(askingTurned: false)
                }
                FacingNumbers.forgetContradicting(&prepared.entries)
                FacingNumbers.trustUpright(&prepared.entries)
                Self.checkStanding(&prepared.entries, evidence: prepared.standing)
                return (result.analysis, prepared.entries)
            }
        } catch {
            throw .store(error)
        }
        let analysis: FrameAnalysis, entries: [PreparedPageEntry]
        switch prepared {
        case .success(let done): (analysis, entries) = done
        case .failure(let error as StoreError): throw .store(error)
        case .failure(let error):
            observer.observe(.frameNotPrepared(book: frame.bookId, file: frame.path, frame: frame.frameIndex, reason: "\(error)"))
            return
        }
        let encoded = (try? JSONEncoder().encode(analysis)) ?? Data("{}".utf8)
        do { try store.savePreparedFrame(frame.frameId, analysis: encoded, pages: entries) } catch { throw .store(error) }
        observer.observe(.framePrepared(book: frame.bookId, file: frame.path, frame: frame.frameIndex, pages: entries.count))
    }

    /// The frame decoded and turned to 8-bit gray; the decoded original (up to 4 bytes a pixel) is let go at once.
    private static func grayFrame(_ frame: FrameToPrepare, bilevel: inout Bool) throws -> LeptonicaImage {
        try ScanDecoder.decodeGray(path: frame.file.path, frame: frame.frameIndex, bilevel: &bilevel)
    }

    /// Writes one page's images, measures it and reads its number.
    private func record(
        _ page: borrowing PagePreparer.Page, frame: FrameToPrepare, analysis: FrameAnalysis, reasons: [String],
        standing: Double, engine: borrowing TesseractEngine, master: URL, delivery: URL
    ) throws -> PreparedPageEntry {
        if page.bilevelSource {
            try page.image.binarized(threshold: 128).writeMasterTIFF(to: master.path)
        } else {
            try page.image.writeMasterTIFF(to: master.path)
        }
        let normalized = try page.image.backgroundNormalized()
        try DeliveryImage.write(normalized, scanDPI: frame.dpi, to: delivery.path)
        let quality = try PageQuality.measure(page.image, dpi: frame.dpi)
        let corner: PageNumberReader.Corner =
            switch page.side {
            case .left: .left
            case .right: .right
            case nil: .either
            }
        let number = try PageNumberReader().read(normalized, dpi: frame.dpi, corner: corner, engine: engine)
        let side =
            page.side?.rawValue
            ?? number.map { $0.corner == .left ? "left" : "right" } ?? "single"
        var pageReasons = reasons
        if number == nil { pageReasons.append("page-number-unread") }
        // The frame's analysis could not tell which way up; the prepared page, straight now, may show it upright.
        if pageReasons.contains("orientation-uncertain"), standing <= -FrameAnalyzer.confidentOrientation {
            pageReasons.removeAll { $0 == "orientation-uncertain" }
        }
        let facts = PreparedPageFacts(
            frameKind: analysis.kind, region: page.region, deskewDegrees: page.deskewDegrees,
            squaredMillimetres: page.squaredMillimetres,
            skewConfidence: analysis.skewConfidence, turnedUpsideDown: analysis.upsideDown,
            orientationConfidence: analysis.orientationConfidence,
            gutterConfidence: analysis.kind == .spread ? analysis.gutterConfidence : nil, quality: quality, dpi: frame.dpi)
        let workspace = store.workspace.root.path + "/"
        return PreparedPageEntry(
            side: side, pageNumber: number?.number, pageNumberConfidence: number?.confidence,
            masterPath: String(master.path.dropFirst(workspace.count)),
            deliveryPath: String(delivery.path.dropFirst(workspace.count)),
            preparation: (try? JSONEncoder().encode(facts)) ?? Data("{}".utf8), reasons: pageReasons)
    }

    /// A frame is turned as a whole, so when its prepared pages together clearly stand upside down (`standing`: the
    /// `PreparedOrientation` evidence of each, averaged: one page's torn corner or shadowed edge can look like a
    /// header at the bottom, its facing page then says otherwise), the frame's turn was wrong: no page is trusted.
    static func checkStanding(_ pages: inout [PreparedPageEntry], evidence standing: [Double]) {
        guard standsTurned(standing) else { return }
        for index in pages.indices where !pages[index].reasons.contains("orientation-uncertain") {
            pages[index].reasons.append("orientation-uncertain")
        }
    }

    /// Whether a frame's prepared pages together clearly stand upside down (`standing`: the `PreparedOrientation`
    /// evidence of each).
    static func standsTurned(_ standing: [Double]) -> Bool {
        !standing.isEmpty && standing.reduce(0, +) / Double(standing.count) >= FrameAnalyzer.confidentOrientation
    }

    /// The reasons a frame's pages go to a person before their fields are trusted.
    static func reasons(for analysis: FrameAnalysis) -> [String] {
        var reasons: [String] = []
        if analysis.kind == .spread, analysis.gutterConfidence < FrameAnalyzer.confidentGutter { reasons.append("split-uncertain") }
        if analysis.kindConfidence < 0.6 { reasons.append("layout-uncertain") }
        if analysis.orientationConfidence < FrameAnalyzer.confidentOrientation { reasons.append("orientation-uncertain") }
        if analysis.skewConfidence < 2 { reasons.append("skew-uncertain") }
        return reasons
    }
}
