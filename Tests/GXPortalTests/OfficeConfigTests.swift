import Foundation
import Testing
import GXReport
@testable import GXPortal

/// The office's config keys: a full example parses; every mistake is an error naming file, line and key.
@Suite struct OfficeConfigTests {
    @Test func fullExampleParses() throws {
        let config = try SiteConfig.parse("""
            originals = "none"

            [[aliases]]
            agency = "某市科学技术局"
            names = ["市科委"]

            [[aliases]]
            agency = "某市科学技术局"
            names = ["某市科学技术委员会"]
            renamed = 2019

            [[roster]]
            agency = "市科委"
            region = "某市"
            contact = "张三"
            from = 2021
            until = 2023

            [[roster]]
            agency = "沭阳县人民政府"
            years = [2024, 2023]

            [[accept]]
            rule = "late-publication"
            agency = "市科委"
            year = 2023
            reason = "系统故障，已报备"
            """, path: "gxsite.toml")
        #expect(config.originals == .none)
        #expect(config.aliases.canonical("市科委") == "某市科学技术局")
        #expect(config.aliases.canonical("某市科学技术委员会") == "某市科学技术局")
        #expect(config.aliases.canonical("别的局") == "别的局")
        #expect(config.aliases.names(of: "某市科学技术局").map(\.name) == ["某市科学技术委员会", "市科委"])
        #expect(config.roster.entries == [
            Roster.Entry(agency: "某市科学技术局", region: "某市", kind: .department, contact: "张三", years: .range(from: 2021, until: 2023), line: 12),
            Roster.Entry(agency: "沭阳县人民政府", region: "沭阳县", kind: .government, contact: nil, years: .listed([2023, 2024]), line: 19),
        ])
        #expect(config.roster.years(siteYears: [2020]) == [2021, 2022, 2023, 2024])
        #expect(config.acceptances == [Acceptance(rule: "late-publication", agency: "某市科学技术局", year: 2023, cell: nil,
                                                  reason: "系统故障，已报备", line: 23)])
    }

    @Test func rosterFileIsReadWithTheSameTables() throws {
        let dir = SiteTestData.scratch("roster-file")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("roster.toml")
        try "[[roster]]\nagency = \"沭阳县财政局\"\nfrom = 2023\n".write(to: file, atomically: true, encoding: .utf8)
        let config = try SiteConfig.parse("roster = \"\(file.path)\"\n", path: "gxsite.toml")
        #expect(config.roster.entries.map(\.agency) == ["沭阳县财政局"])
        #expect(config.roster.entries.first?.line == 1)
        #expect(throws: ConfigError.invalidEntry(path: "gxsite.toml", line: nil, key: "roster",
                                                  detail: "names a roster file that cannot be read: \(dir.path)/missing.toml")) {
            try SiteConfig.parse("roster = \"\(dir.path)/missing.toml\"\n", path: "gxsite.toml")
        }
    }

    @Test(arguments: [
        ("[[accept]]\nrule = \"no-such-rule\"\nagency = \"a\"\nyear = 2023\nreason = \"r\"\n",
         "gxsite.toml:1: 'accept[1].rule' 'no-such-rule' is not a rule id that can be accepted (one of: reconciliation, outcome-sum, row-sum, review-sum, blank-cell, non-numeric-cell, missing-section, unparsed-table, template-mismatch, carry-over, narrative-mismatch, duplicate-report, text-reuse, text-shared, late-publication, recovered-table)"),
        ("title = \"x\"\n\n[[accept]]\nrule = \"row-sum\"\nagency = \"a\"\nyear = 2023\nreason = \"r\"\n\n[[accept]]\nrule = \"row-sum\"\nagency = \"a\"\nyear = 2023\n",
         "gxsite.toml:9: 'accept[2].reason' must be a non-empty string"),
        ("[[accept]]\nrule = \"row-sum\"\nagency = \"a\"\nyear = \"2023\"\nreason = \"r\"\n",
         "gxsite.toml:1: 'accept[1].year' must be a year (1990–2100)"),
        ("[[accept]]\nrule = \"row-sum\"\nagency = \"a\"\nyear = 2023\ncell = \"B7\"\nreason = \"r\"\n",
         "gxsite.toml:1: 'accept[1].cell' 'B7' is neither a cell name such as \"t3-new-total\" or \"t4-review-corrected\" nor line:column such as \"42:7\""),
        ("[[accept]]\nrule = \"row-sum\"\nagency = \"a\"\nyear = 2023\nreason = \"r\"\nwhy = \"x\"\n",
         "gxsite.toml:1: 'accept[1].why' is not a known key"),
        ("accept = \"x\"\n", "gxsite.toml: 'accept' must be an array of tables ([[accept]])"),
        ("[[roster]]\nagency = \"a\"\nkind = \"bureau\"\n", "gxsite.toml:1: 'roster[1].kind' must be \"department\" or \"government\""),
        ("[[roster]]\nagency = \"a\"\nfrom = 2023\nuntil = 2021\n", "gxsite.toml:1: 'roster[1].until' is before from (2023)"),
        ("[[roster]]\nagency = \"a\"\nyears = [2023]\nfrom = 2021\n", "gxsite.toml:1: 'roster[1].years' cannot be combined with from/until"),
        ("[[roster]]\nagency = \"a\"\n\n[[roster]]\nagency = \"a\"\n", "gxsite.toml:4: 'roster[2].agency' 'a' is already listed (roster[1]) for every year"),
        ("[[aliases]]\nagency = \"a\"\nnames = []\n", "gxsite.toml:1: 'aliases[1].names' must be a non-empty array of strings"),
        ("[[aliases]]\nagency = \"a\"\nnames = [\"x\"]\n\n[[aliases]]\nagency = \"b\"\nnames = [\"x\"]\n",
         "gxsite.toml:5: 'aliases[2].names' maps 'x' to 'b', but an earlier entry maps it to 'a'"),
        ("[[aliases]]\nagency = \"a\"\nnames = [\"b\"]\n\n[[aliases]]\nagency = \"b\"\nnames = [\"c\"]\n",
         "gxsite.toml: 'aliases' 'b' is both an agency and another agency's alias"),
        ("originals = \"stripped\"\n", "gxsite.toml: 'originals' must be one of \"clean\", \"as-submitted\", \"none\""),
    ])
    func mistakesAreClearErrors(_ text: String, _ message: String) {
        do {
            _ = try SiteConfig.parse(text, path: "gxsite.toml")
            Issue.record("no error for \(text)")
        } catch {
            #expect(error.description == message)
        }
    }
}
