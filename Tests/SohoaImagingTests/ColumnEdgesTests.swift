@testable import SohoaImaging
import Testing

/// The vertical rulings of a page against the printed form's column widths: a lost ruling is put back, a long
/// stroke of writing dropped, and a line beyond the grid (a seal's edge, the facing page's border) is not its border.
@Suite struct ColumnEdgesTests {
    /// The birth ledger's left page (ks-ledger widths, mm) at 200 dpi, its grid starting 100 pixels in.
    static let widths = [9.0, 21, 33, 11, 21, 30, 13, 14, 26]
    static let edges: [Int] = {
        var x = 100.0, edges = [100]
        for width in widths {
            x += width * 200 / 25.4
            edges.append(Int(x.rounded()))
        }
        return edges
    }()
    let form = ColumnEdges(widths: widths, dpi: 200)

    @Test func everyRulingFoundIsKept() {
        #expect(form.fit(Self.edges)?.edges == Self.edges)
    }

    @Test func aLostRulingIsPutBackAndAStrokeOfWritingDropped() {
        var found = Self.edges
        found.remove(at: 4)
        found.insert(Self.edges[6] + 40, at: 6)
        let fitted = form.fit(found)
        #expect(fitted?.restored == 1)
        #expect(zip(fitted?.edges ?? [], Self.edges).allSatisfy { abs($0 - $1) <= 1 })
    }

    @Test func aLineBeyondTheGridIsNotItsBorder() {
        for beyond in [[40] + Self.edges, Self.edges + [Self.edges[Self.edges.count - 1] + 60]] {
            let fitted = form.fit(beyond)
            #expect(fitted?.edges == Self.edges, "\(beyond)")
            #expect(fitted?.restored == 0)
        }
    }

    /// A photographed page whose tag says 200 dpi while its grid shows 150: every edge found measures the real
    /// resolution; with an edge lost, nothing confirms that scale, and the page is left to a person.
    @Test func aGridOfAnotherSizeThanTheTagFitsOnlyWhole() throws {
        let photographed = Self.edges.map { 100 + ($0 - 100) * 3 / 4 }
        let fitted = try #require(form.fit(photographed))
        #expect(abs(fitted.pixelsPerMillimetre * 25.4 - 150) < 2)
        #expect(fitted.restored == 0)
        var lost = photographed
        lost.remove(at: 4)
        #expect(form.fit(lost) == nil)
    }
}
