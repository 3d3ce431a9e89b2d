public import Foundation
public import SohoaCore

/// The reference lists sohoa ships in `domain/` (ethnic groups, administrative units with their historical names,
/// personal names; sources and licences in NOTICE.md), loaded once per run and shared by every worker.
public enum ReferenceData {
    /// The shipped folder: `$SOHOA_DOMAIN`, else the nearest `domain/` beside or above the executable.
    public static func shippedFolder(executable: URL = URL(fileURLWithPath: CommandLine.arguments[0])) -> URL? {
        ShippedFolder.find(named: "domain", marker: "ethnic-groups.tsv", variable: "SOHOA_DOMAIN", executable: executable)
    }

    /// Loads every list from `folder`; a missing or malformed file is a configuration error naming it.
    public static func load(from folder: URL) throws(PipelineRunError) -> RegisterLexicons {
        func text(_ name: String) throws(PipelineRunError) -> String {
            do { return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) } catch {
                throw .configuration("cannot read the reference list \(folder.appendingPathComponent(name).path): \(error.localizedDescription)")
            }
        }
        let ethnic = try text("ethnic-groups.tsv")
        let (units, history) = (try text("admin-units-2025-03.tsv"), try text("admin-units-history.json"))
        let (surnames, male, female) = (try text("surnames.tsv"), try text("given-names-male.txt"), try text("given-names-female.txt"))
        do throws(LexiconError) {
            return RegisterLexicons(
                ethnicGroups: try EthnicGroups(tsv: ethnic),
                places: try AdministrativeUnits(current: units, history: history),
                names: try PersonNames(surnames: surnames, givenMale: male, givenFemale: female),
                placeChoices: try PlaceChoices(history: history))
        } catch {
            throw .configuration("reference list in \(folder.path): \(error)")
        }
    }
}
