import Foundation
import SohoaCore
import Testing

/// A name is known when its surname and every other word are on the lists; it is only judged, never rewritten.
@Suite struct PersonNamesTests {
    static let root = AdministrativeUnitsTests.root
    let names: PersonNames

    init() throws {
        func read(_ file: String) throws -> String {
            try String(contentsOf: Self.root.appendingPathComponent("domain/\(file)"), encoding: .utf8)
        }
        names = try PersonNames(
            surnames: read("surnames.tsv"), givenMale: read("given-names-male.txt"),
            givenFemale: read("given-names-female.txt"))
    }

    @Test(arguments: [
        "Nguyễn Văn An", "Trần Thị Lan", "Lê Đức Anh", "Phạm Hiền Hòa", "Phạm Hiền Hoà", "NGUYỄN VĂN AN",
        " Nguyễn  Thị   Hương ", "Võ Bảo Định", "Hoàng Đắc Đồng",  // Đ spelt with the Icelandic Ð in the lists
        "Nguyễn Hoài Thương Thương",
    ])
    func knownNames(name: String) {
        #expect(names.check(name).isKnown, "\(name)")
    }

    @Test func whatIsUnknownIsSaid() {
        #expect(
            names.check("Nguyển Văn An")
                == NameCheck(surname: "Nguyển", surnameIsKnown: false, givenNames: ["Văn", "An"], unknownGivenNames: []))
        #expect(
            names.check("Nguyễn Văn Ann")
                == NameCheck(surname: "Nguyễn", surnameIsKnown: true, givenNames: ["Văn", "Ann"], unknownGivenNames: ["Ann"]))
        #expect(names.check("Nguyễn Thị Hóa").unknownGivenNames == ["Hóa"])  // `Hòa` is a name, `Hóa` is not
        #expect(names.check("Nguyen Van An").isKnown == false)
        #expect(names.check("Buøi Văn An").surnameIsKnown == false)  // a mangled spelling on the surname list
        #expect(names.check("Lê").isKnown == false)
        #expect(names.check("nhan Văn Sơn").isKnown == false)  // `Nhan` is a surname, but names are capitalized
        #expect(names.check("nguyễn thị hương").isKnown == false)
        #expect(names.check("Lê").surnameIsKnown)
        #expect(names.check("") == NameCheck(surname: "", surnameIsKnown: false, givenNames: [], unknownGivenNames: []))
    }

    @Test func compoundSurnames() throws {
        let lexicon = try PersonNames(surnames: "surname\tcount\nÂu Dương\t3\nÂu\t5\n", givenMale: "Phong\n", givenFemale: "")
        #expect(lexicon.check("Âu Dương Phong").surname == "Âu Dương")
        #expect(lexicon.check("Âu Dương Phong").isKnown)
        #expect(lexicon.check("Âu Phong").surname == "Âu")
        #expect(lexicon.check("Âu Dương").surname == "Âu")  // a given name must follow
        #expect(lexicon.check("Âu Dương").isKnown == false)
    }

    /// Every name the sample generator wrote is known.
    @Test func everyNameOfTheSampleTruth() throws {
        let written = try SampleTruth.texts(root: Self.root) { $0.hasSuffix("HoTen") }
        for name in written { #expect(names.check(name).isKnown, "\(name): \(names.check(name))") }
        #expect(written.count > 100)
    }

    @Test func aMalformedListIsNamedWithItsLine() {
        let cases: [(surnames: String, male: String, female: String, file: String, line: Int)] = [
            ("surname\tcount\nLê\t790\nTrần\tmany\n", "An\n", "Lan\n", "surnames.tsv", 3),
            ("surname\tcount\nLê\t790\n\t3\n", "An\n", "Lan\n", "surnames.tsv", 3),
            ("surname\tcount\nLê\t790\n", "An\n\nBình 2\n", "Lan\n", "given-names-male.txt", 3),
            ("surname\tcount\nLê\t790\n", "An\n", "Lan;Hoa\n", "given-names-female.txt", 1),
        ]
        for broken in cases {
            let error = #expect(throws: LexiconError.self) {
                try PersonNames(surnames: broken.surnames, givenMale: broken.male, givenFemale: broken.female)
            }
            #expect(error?.file == broken.file && error?.line == broken.line, "\(String(describing: error))")
        }
    }
}
