/// The rules from the law that tie a record's fields together (templates.md): nobody is born or dies after being
/// registered, nobody dies before being born, a parent is 15 to 55 years older than the child, and a registration
/// number takes its year from a registration date that is sure. A broken rule
/// sends every field it involves to review; which of them is wrong is for a person to say.
enum RecordChecks {
    static let births = ["nksNgaySinh", "nktNgaySinh", "chongNgaySinh", "voNgaySinh"]
    static let parents = ["meNgaySinh", "chaNgaySinh"]
    static let parentAge = 15...55

    /// With `acceptedOnly`, the rules are held against the accepted values alone (the decoded ones among them), not
    /// against values a person will see anyway.
    static func apply(to decisions: inout [FieldDecision], acceptedOnly: Bool = false) {
        func holding(_ name: String) -> FieldDecision? {
            decisions.first { $0.name == name && !$0.value.isEmpty && (!acceptedOnly || $0.status == .accepted) }
        }
        func date(_ name: String) -> CalendarDate? {
            holding(name).flatMap { try? DateReading.date($0.value) }
        }
        func year(_ name: String) -> Int? {
            guard let value = holding(name)?.value else { return nil }
            return (try? DateReading.year(value)) ?? (try? DateReading.date(value))?.year
        }
        func flag(_ names: [String], _ reason: ReviewReason) {
            for index in decisions.indices where names.contains(decisions[index].name) { decisions[index].flag(reason) }
        }
        // `so` is exported as <number>/<year of registration>: it is only as sure as the registration date.
        if !acceptedOnly, decisions.contains(where: { $0.name == "ngayDangKy" && $0.status != .accepted }) {
            flag(["so"], .registrationDateUnsure)
        }
        let registered = date("ngayDangKy")
        for birth in births {
            if let born = date(birth), let registered, registered < born { flag([birth, "ngayDangKy"], .dateOrder) }
        }
        if let died = date("nktNgayChet") {
            if let registered, registered < died { flag(["nktNgayChet", "ngayDangKy"], .dateOrder) }
            if let born = date("nktNgaySinh"), died < born { flag(["nktNgayChet", "nktNgaySinh"], .dateOrder) }
            if let bornYear = year("nktNgaySinh"), died.year < bornYear { flag(["nktNgayChet", "nktNgaySinh"], .dateOrder) }
        }
        if let child = year("nksNgaySinh") {
            for parent in parents {
                if let born = year(parent), !parentAge.contains(child - born) { flag([parent], .parentAge) }
            }
        }
    }
}
