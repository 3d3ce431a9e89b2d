import SohoaStore

/// Puts a book's prepared pages, in reading order, together into openings (left page, right page). A spread
/// gives its own two pages; single pages pair a left page with the right page that follows it, numbered one more
/// (or unnumbered, or numbered otherwise but standing on the right: the corner a number is printed in says the
/// side, and a misread number, `25` read `2`, must not leave two halves of one opening each alone).
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

    /// Whether `right` faces `left`: cut from the same spread, numbered one more, unnumbered (paired by order), or
    /// each numbered in the corner of its own side.
    private static func facing(_ left: StoredPage, _ right: StoredPage) -> Bool {
        if left.frameId == right.frameId { return true }
        guard let l = left.pageNumber, let r = right.pageNumber else { return true }
        return r == l + 1 || (left.side == "left" && right.side == "right")
    }

    private static func problem(_ left: StoredPage, _ right: StoredPage) -> String? {
        guard left.frameId != right.frameId else { return nil }
        guard let l = left.pageNumber, let r = right.pageNumber else { return unnumbered }
        return r == l + 1 ? nil : "paired by the sides their numbers stand on: pages \(l) and \(r) do not follow each other"
    }

    /// The problem of two pages paired by reading order because a number was not read: the only pairing their
    /// forms can confirm (numbers that disagree are a question for a person, whatever the forms show).
    static let unnumbered = "paired by reading order: a page number could not be read"

    private static func numbered(_ page: StoredPage, _ offset: Int) -> String {
        page.pageNumber.map { " (page \($0 + offset))" } ?? ""
    }
}
