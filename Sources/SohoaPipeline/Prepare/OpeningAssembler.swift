import SohoaStore

/// Puts a book's prepared pages, in reading order, together into openings (left page, right page). A spread
/// gives its own two pages; single pages pair a left page with the right page that follows it, numbered one more.
/// A page without its partner is an opening of its own with the problem named, never silently shifted.
enum OpeningAssembler {
    static func openings(_ pages: [StoredPage]) -> [OpeningEntry] {
        var openings: [OpeningEntry] = []
        var index = 0
        while index < pages.count {
            let page = pages[index]
            let next = index + 1 < pages.count ? pages[index + 1] : nil
            if page.side != "right", let next, next.side != "left", facing(page, next) {
                openings.append(OpeningEntry(leftPageId: page.id, rightPageId: next.id, problem: problem(page, next)))
                index += 2
            } else if page.side == "right" {
                openings.append(OpeningEntry(leftPageId: nil, rightPageId: page.id, problem: "missing the left page\(numbered(page, -1))"))
                index += 1
            } else {
                openings.append(OpeningEntry(leftPageId: page.id, rightPageId: nil, problem: "missing the right page\(numbered(page, 1))"))
                index += 1
            }
        }
        return openings
    }

    /// Whether `right` faces `left`: cut from the same spread, or numbered one more (or unnumbered, paired by order).
    private static func facing(_ left: StoredPage, _ right: StoredPage) -> Bool {
        if left.frameId == right.frameId { return true }
        guard let l = left.pageNumber, let r = right.pageNumber else { return true }
        return r == l + 1
    }

    private static func problem(_ left: StoredPage, _ right: StoredPage) -> String? {
        if left.frameId == right.frameId || (left.pageNumber != nil && right.pageNumber != nil) { return nil }
        return "paired by reading order: a page number could not be read"
    }

    private static func numbered(_ page: StoredPage, _ offset: Int) -> String {
        page.pageNumber.map { " (page \($0 + offset))" } ?? ""
    }
}
