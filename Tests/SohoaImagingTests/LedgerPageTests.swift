@testable import SohoaImaging
import Testing

/// The page the recogniser reads is brought to about 300 dpi, whatever the scan's resolution: enlarged under 240 dpi
/// (at most doubled), brought down over 320 dpi (a 600 dpi page read at 600 takes four times the memory).
@Suite struct LedgerPageTests {
    @Test(arguments: [(100, 200), (150, 300), (200, 300), (240, 240), (300, 300), (320, 320), (400, 300), (600, 300)])
    func theTextIsReadAtAbout300DPI(scanned: Int, read: Int) {
        #expect(Int((Double(scanned) * LedgerPage.textScale(dpi: scanned)).rounded()) == read)
    }
}
