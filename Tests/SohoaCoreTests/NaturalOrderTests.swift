import SohoaCore
import Testing

@Suite struct NaturalOrderTests {
    @Test func numbersCompareByValue() {
        let names = ["10.tif", "2.tif", "1.tif", "a10.png", "a2.png", "a02.png", "b.png", "0001.tif"]
        #expect(names.sorted(by: NaturalOrder.precedes) == ["0001.tif", "1.tif", "2.tif", "10.tif", "a02.png", "a2.png", "a10.png", "b.png"])
    }

    @Test func prefixComesFirst() {
        #expect(NaturalOrder.precedes("scan", "scan2"))
        #expect(!NaturalOrder.precedes("scan2", "scan"))
        #expect(!NaturalOrder.precedes("same", "same"))
    }
}
