import SohoaImaging
import SohoaOCR
import SohoaStore

/// A spread's two page numbers as a cue to which way up it stands, independent of its rulings (which a keystoned
/// photograph's header bands may not show): an upright spread prints n and n + 1 in the bottom outer corners of its
/// pages; turned over, it shows there the tops of its pages, and no number.
enum FacingNumbers {
    /// The number a spread's page would show turned over (it would then stand on the other side of the spread).
    static func turnedOver(_ page: borrowing PagePreparer.Page, dpi: Int, engine: borrowing TesseractEngine) throws -> Int? {
        let corner: PageNumberReader.Corner = page.side == .left ? .right : .left
        let turned = try page.image.backgroundNormalized().rotated180()
        return try PageNumberReader().read(turned, dpi: dpi, corner: corner, engine: engine)?.number
    }

    /// How strongly a spread's two page numbers, left then right, say it stands upright: 2 when they read n and
    /// n + 1, 1 when one of them was read, 0 when none was or they contradict each other.
    static func evidence(_ numbers: [Int?]) -> Int {
        if inOrder(numbers) { return 2 }
        return numbers.count { $0 != nil } == 1 ? 1 : 0
    }

    /// Whether a spread's two page numbers, left then right, read n and n + 1.
    static func inOrder(_ numbers: [Int?]) -> Bool {
        guard numbers.count == 2, let left = numbers[0], let right = numbers[1] else { return false }
        return right == left + 1
    }

    /// The two pages of a spread are numbered n and n + 1; when both were read and disagree, neither is trusted.
    static func forgetContradicting(_ pages: inout [PreparedPageEntry]) {
        let numbers = pages.map(\.pageNumber)
        guard numbers.count == 2, !numbers.contains(nil), !inOrder(numbers) else { return }
        for index in pages.indices {
            pages[index].pageNumber = nil
            pages[index].pageNumberConfidence = nil
            pages[index].reasons.append("page-number-inconsistent")
        }
    }

    /// Two facing pages whose numbers read n and n + 1, each in the bottom outer corner of its own side, stand
    /// upright: their orientation is no longer in doubt, unless their rulings clearly say upside down
    /// (`PrepareStage.checkStanding`, which comes after).
    static func trustUpright(_ pages: inout [PreparedPageEntry]) {
        guard pages.count == 2, pages[0].side == "left", pages[1].side == "right", inOrder(pages.map(\.pageNumber))
        else { return }
        for index in pages.indices { pages[index].reasons.removeAll { $0 == "orientation-uncertain" } }
    }
}
