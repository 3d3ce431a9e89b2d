/// The parts of a place that no list checks: hamlets and their numbers (`Xóm 7`, `Thôn Đông`, `Tổ 12`). The units
/// after them are checked by the administrative lists, so a decoder may mend a misread commune; but a misread `Xóm 1`
/// for `Xóm 14` makes another real place, and a cell whose units had to be mended was not read well enough for its
/// digits to be trusted at the recogniser's word (handwriting misread `Xóm 7` as `Xóm 3` at 0.93 beside `huưện`).
struct UncheckedPlaceParts {
    let places: AdministrativeUnits

    /// Whether `candidate`, a value decoded for a place read as `reading`, may be accepted: the lists check every
    /// part of it, and it has as many parts as the reading (none dropped, none added).
    func mayBeDecoded(_ candidate: String, reading: String) -> Bool {
        Self.parts(of: candidate).count == Self.parts(of: reading).count && !places.partsNamingUnits(candidate).contains(false)
    }

    /// The comma-separated parts of `text` that hold anything, in register form.
    static func parts(of text: String) -> [String] {
        text.split(separator: ",").map { String($0).registerText.lowercased() }.filter { !$0.isEmpty }
    }
}
