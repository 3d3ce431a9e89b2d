/// Which way up a page stands as it comes out of preparation, from its own rulings (where its header band is),
/// measured again on the page itself: levelled and squared, a photographed page's rulings run straight where the
/// frame's analysis saw them lean and could not tell. A second look, on other pixels, at the cue the analysis used.
public enum PreparedOrientation {
    /// Negative when the page is upright, positive when it is upside down, 0 when its rulings do not tell; the
    /// magnitude (up to 1) says how clearly (`HeaderBand.evidence`).
    public static func evidence(of page: borrowing LeptonicaImage, dpi: Int) throws(ImagingError) -> Double {
        let analysisDPI = FrameAnalyzer().analysisDPI
        let inch = Int(analysisDPI)
        let ink = try page.scaled(by: min(1, analysisDPI / Double(dpi))).backgroundNormalized().binarized()
        return HeaderBand.evidence(try RuledStructure(binary: ink, inch: inch))
    }
}
