import Foundation

/// Reads the geometry of a scanned ledger frame at a low analysis resolution: skew, spread or page, the gutter,
/// the paper's bounds, each page's own lean and the orientation. Works from the book's own structure (the ruled
/// grid and its header band, the empty band between the two grids of a spread, the binding shadow), never from
/// the aspect ratio or the centre alone.
public struct FrameAnalyzer: Sendable {
    /// Dots per inch the analysis runs at: enough for rulings and the gutter, cheap on 2 cores.
    public var analysisDPI = 100.0
    /// The gutter is looked for in the middle 70% of the paper's width (FORMS.md: up to ~15% off centre).
    public var gutterSearch = 0.15...0.85

    public init() {}

    /// Below this orientation confidence a person checks which way up the pages are.
    public static let confidentOrientation = 0.25
    /// Below this gutter confidence a person checks where the spread was cut.
    public static let confidentGutter = 0.7

    /// The decisions, and the page regions in the levelled frame.
    public struct Result {
        public var analysis: FrameAnalysis
        /// The pages in reading order of the levelled frame (left, right for a spread), before any 180° turn.
        public var pages: [PageRegion]
        /// Which way each page's words run once levelled by its own lean (`WritingDirection.across`: 1 all across,
        /// −1 all down); measured only when asked for (`analyze(small:scale:quarterTurn:checkingDirection:measuringWords:)`).
        var pageWordsAcross: [Double] = []
    }

    public func analyze(_ gray: borrowing LeptonicaImage, dpi: Int) throws(ImagingError) -> Result {
        let scale = min(1, analysisDPI / Double(dpi))
        let small = try gray.scaled(by: scale)
        guard let asScanned = try analyze(small: small, scale: scale, quarterTurn: false) else {
            // The rows run down the frame: it was scanned sideways.
            guard let turned = try analyze(small: try small.turnedQuarterClockwise(), scale: scale, quarterTurn: true) else {
                throw ImagingError("find which way the rulings of the frame run")
            }
            // A ledger page is portrait: a portrait frame that, turned, reads as one landscape page was misjudged (a
            // page upside down under bleed-through and a seal can seem to have its rows run down): read as scanned.
            if turned.analysis.kind == .page, small.height > small.width,
                let upright = try analyze(small: small, scale: scale, quarterTurn: false, checkingDirection: false),
                upright.analysis.kind == .page
            {
                return upright
            }
            // The mirror case: a photographed spread whose pages lean each their own way can hide its rows and seem
            // to lie sideways; a landscape frame that, turned, reads as one page is also read as scanned, and taken
            // as an upright spread when it reads as a clear one: two grids and the band between them, and either its
            // header bands say which way up it is, or the turned page's say nothing either (a keystoned photograph's
            // can show neither way; a person then checks which way up, but its records are all there), or its two
            // pages, each levelled by its own lean, have more of their words run across than down (the turned
            // reading's "header" is then a narrow column of the spread; a page lying sideways whose blank row passed
            // for a gutter has its words run down both its halves, and the rulings of a faint, keystoned grid may
            // tell nothing at this resolution).
            guard turned.analysis.kind == .page, small.width > small.height,
                let upright = try analyze(
                    small: small, scale: scale, quarterTurn: false, checkingDirection: false, measuringWords: true),
                upright.analysis.kind == .spread, upright.analysis.gutterConfidence >= Self.confidentGutter,
                upright.analysis.orientationConfidence >= Self.confidentOrientation
                    || turned.analysis.orientationConfidence < Self.confidentOrientation
                    || upright.pageWordsAcross.count == 2 && upright.pageWordsAcross.reduce(0, +) > 0
            else { return turned }
            return upright
        }
        // A photographed spread lying sideways can hide its rows (its two pages lean each their own way) and read
        // as one upright page: a portrait frame read as a page is also read turned, and taken as a spread lying
        // sideways when, turned, it reads as a clear spread (a page turned has no gutter to find).
        guard asScanned.analysis.kind == .page, small.height > small.width,
            let turned = try analyze(small: try small.turnedQuarterClockwise(), scale: scale, quarterTurn: true),
            turned.analysis.kind == .spread, turned.analysis.gutterConfidence >= Self.confidentGutter,
            turned.analysis.orientationConfidence >= Self.confidentOrientation
        else { return asScanned }
        return turned
    }

    /// The analysis of `small` (the frame at the analysis resolution), or nil when its rulings show that it lies
    /// sideways and `quarterTurn` has not been tried yet (unless `checkingDirection` is false). `measuringWords`
    /// also measures which way each page's words run (`Result.pageWordsAcross`).
    private func analyze(
        small: borrowing LeptonicaImage, scale: Double, quarterTurn: Bool, checkingDirection: Bool = true,
        measuringWords: Bool = false
    ) throws(ImagingError) -> Result? {
        let inch = Int(analysisDPI)
        let background = try background(of: small, inch: inch)
        let paperOnly = try small.copy()
        paperOnly.fill(under: background, with: 255)
        let ink = try paperOnly.backgroundNormalized().binarized()
        let skew = ink.skew(range: 7) ?? (degrees: 0, confidence: 0)
        let levelInk = try ink.rotated(clockwise: skew.degrees)
        if !quarterTurn, checkingDirection, try RowDirection.runsDown(levelInk, inch: inch) { return nil }

        let level = try small.rotated(clockwise: skew.degrees)
        let paper = try paperBounds(of: background.rotated(clockwise: skew.degrees, bringingInBlack: true))
        let gutter = GutterFinder(search: gutterSearch, inch: inch).find(ink: levelInk, gray: level, paper: paper)

        var regions: [PixelRect] = [paper]
        if let gutter {
            let x = Int(gutter.x.rounded())
            regions = [
                PixelRect(x: paper.x, y: paper.y, width: x - paper.x, height: paper.height),
                PixelRect(x: x, y: paper.y, width: paper.x + paper.width - x, height: paper.height),
            ]
        }
        let toFull = 1 / scale
        var pages: [PageRegion] = []
        var pageWordsAcross: [Double] = []
        for region in regions {
            let pageInk = try levelInk.cropped(to: region)
            let lean = pageInk.skew(range: 7) ?? (degrees: 0, confidence: 0)
            let levelPage = try pageInk.rotated(clockwise: lean.degrees)
            let rulings = try RuledStructure(binary: levelPage, inch: inch)
            if measuringWords { pageWordsAcross.append(try WritingDirection.across(levelPage, inch: inch)) }
            pages.append(
                PageRegion(
                    rect: region.scaled(by: toFull), residualSkewDegrees: lean.degrees,
                    residualSkewConfidence: lean.confidence, orientationEvidence: HeaderBand.evidence(rulings)))
        }
        let evidence = pages.map(\.orientationEvidence).reduce(0, +)
        let landscape = small.width > small.height
        let kind: FrameAnalysis.Kind = gutter != nil ? .spread : .page
        let analysis = FrameAnalysis(
            kind: kind,
            kindConfidence: min(1, (gutter?.confidence ?? 0.8) * (landscape == (kind == .spread) ? 1 : 0.5)),
            skewDegrees: skew.degrees, skewConfidence: skew.confidence, quarterTurn: quarterTurn,
            upsideDown: evidence > 0, orientationConfidence: min(1, abs(evidence) / Double(pages.count)),
            gutter: gutter.map {
                $0.line.inStoredFrame(width: Double(small.width), height: Double(small.height), skew: skew.degrees, scale: toFull)
            },
            gutterConfidence: gutter?.confidence ?? 0)
        return Result(analysis: analysis, pages: pages, pageWordsAcross: pageWordsAcross)
    }

    /// The dark surroundings of the paper in a photograph (table, book cover): large dark regions, which ink
    /// strokes and rulings are too thin to be. Empty for a flatbed scan.
    func background(of gray: borrowing LeptonicaImage, inch: Int) throws(ImagingError) -> LeptonicaImage {
        let paperLevel = gray.rankValue(0.9) ?? 255
        return try gray.binarized(threshold: paperLevel / 2).opened(width: inch / 3, height: inch / 3)
    }

    /// The paper: the columns and rows that are mostly not background.
    func paperBounds(of background: borrowing LeptonicaImage) -> PixelRect {
        func span(_ darkCounts: [Double], across length: Int) -> Range<Int> {
            let paper = darkCounts.map { $0 < Double(length) / 2 }
            let first = paper.firstIndex(of: true) ?? 0
            let last = paper.lastIndex(of: true) ?? (paper.count - 1)
            return first..<max(first + 1, last + 1)
        }
        let columns = span(background.inkPerColumn(), across: background.height)
        let rows = span(background.inkPerRow(), across: background.width)
        return PixelRect(x: columns.lowerBound, y: rows.lowerBound, width: columns.count, height: rows.count)
    }
}

extension PixelRect {
    func scaled(by factor: Double) -> PixelRect {
        PixelRect(
            x: Int((Double(x) * factor).rounded()), y: Int((Double(y) * factor).rounded()),
            width: Int((Double(width) * factor).rounded()), height: Int((Double(height) * factor).rounded()))
    }
}
