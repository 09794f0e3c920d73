import Foundation
import Testing
@testable import GXReport

/// `docs/validation-rules.md` is made from `Rule.all`, so the rules users read about are the rules the validators apply.
/// Re-write it with `GXSITE_RECORD_DOCS=1 swift test --filter RuleCatalogueDocTests`.
@Suite struct RuleCatalogueDocTests {
    /// The document the catalogue gives: an English preamble, a summary table, then each rule's Chinese title and
    /// explanation exactly as `validation/rules/` shows them.
    static func document(_ rules: [Rule] = Rule.all) -> String {
        var lines = [
            "# Validation rules",
            "",
            "<!-- Generated from `Rule.all` in `Sources/GXReport/Rule.swift` by `Tests/GXReportTests/RuleCatalogueDocTests.swift`.",
            "     Do not edit by hand: change the catalogue, then run `GXSITE_RECORD_DOCS=1 swift test --filter RuleCatalogueDocTests`. -->",
            "",
            "Every finding gxsite reports carries one of these rule ids. An error makes a report's badge 错误 N and",
            "`gxsite check` exit 1; a warning makes it 警告 N; neither stops a build. Titles and explanations are the",
            "portal's own Chinese text, shown on the site's `validation/rules/` page. Findings can be accepted with a",
            "reason in the config (`[[accept]]`, see [configuration.md](configuration.md)).",
            "",
            "| id | severity | title |",
            "| --- | --- | --- |",
        ]
        for rule in rules {
            lines.append("| [`\(rule.id)`](#\(rule.id)) | \(rule.severity.rawValue) | \(rule.title) |")
        }
        for rule in rules {
            lines += ["", "## \(rule.id)", "", "**\(rule.title)** — \(rule.severity.rawValue)", "", rule.explanation]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func validationRulesDocumentMatchesCatalogue() throws {
        let url = TestData.root.appendingPathComponent("docs/validation-rules.md")
        let expected = Self.document()
        if ProcessInfo.processInfo.environment["GXSITE_RECORD_DOCS"] == "1" {
            try Data(expected.utf8).write(to: url)
            return
        }
        let actual = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "docs/validation-rules.md differs from Rule.all; re-write it with GXSITE_RECORD_DOCS=1")
    }

    /// Every rule gets a heading whose anchor is its id, once.
    @Test func everyRuleHasOneSection() {
        let document = Self.document()
        for rule in Rule.all {
            #expect(document.components(separatedBy: "\n## \(rule.id)\n").count == 2, "\(rule.id)")
        }
    }
}
