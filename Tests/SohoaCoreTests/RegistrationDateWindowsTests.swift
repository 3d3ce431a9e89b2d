import SohoaCore
import Testing

/// A registration date in doubt lies between the dates read with certainty around it, and the decoder, given that
/// window, offers the dates inside it.
@Suite struct RegistrationDateWindowsTests {
    @Test func aDateInDoubtBetweenTwoCertainOnesGetsTheirWindow() throws {
        let entries: [RegistrationDateWindows.Entry] = [
            .init(value: "a9/,/2a1a", accepted: false),  // nothing certain before it
            .init(value: "21.04.2013", accepted: true),
            .init(value: "28/4/2o13", accepted: false),
            .init(value: "z2/⁄2", accepted: false),
            .init(value: "06.05.2013", accepted: true),
            .init(value: "01.05.2013", accepted: true),  // out of order: no window between 06.05 and it
            .init(value: "?", accepted: false),
            .init(value: "15.04.2013", accepted: true),
            .init(value: "9/7", accepted: false),  // nothing certain after it
        ]
        let windows = RegistrationDateWindows.windows(entries)
        let april21 = try #require(CalendarDate(day: 21, month: 4, year: 2013)), may6 = try #require(CalendarDate(day: 6, month: 5, year: 2013))
        #expect(windows == [2: april21...may6, 3: april21...may6])
    }

    /// `28/4/2013` read `a9/,/2a1a` in a held-out face (seed 909), between rows registered on 23.04 and 01.05.2013:
    /// without the window the decoder offers dates of two years; with it, only the nine days it leaves.
    @Test func theDecoderOffersOnlyTheDatesOfTheWindow() throws {
        let tests = try #require(try? FieldDecoderTests())
        let window = try #require(CalendarDate(day: 23, month: 4, year: 2013))...(try #require(CalendarDate(day: 1, month: 5, year: 2013)))
        let withoutWindow = tests.decode("ngayDangKy", .date, "a9/,/2a1a", confidence: 0.2).filter(\.listed).prefix(5)
        #expect(!withoutWindow.compactMap { CalendarDate(exported: $0.value) }.allSatisfy(window.contains))
        let inside = RegistrationDateWindows.candidates(by: tests.decoder, text: "a9/,/2a1a", confidence: 0.2, current: "a9/,/2a1a", in: window)
            .compactMap { CalendarDate(exported: $0.value) }
        #expect(inside.count == 5 && inside.allSatisfy(window.contains), "\(inside)")
    }
}
