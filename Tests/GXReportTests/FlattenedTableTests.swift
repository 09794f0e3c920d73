import Foundation
import Testing
import GXCorpus
@testable import GXReport

/// Reports exported by crawlers: inline headings, and tables 三/四 whose rows were glued into strings of digits.
@Suite struct FlattenedTableTests {
    /// The real report the crawled variants are made from.
    static let realReport = TestData.text(TestData.root.appendingPathComponent("../shared/samples/real/010_shuyang_drc_2023.txt"))

    /// Consistent figures for every row of a template, distinct and non-zero where the equations leave room.
    static func figures(seed: UInt64, rows template: [ApplicationRow], largest: Int = 40) -> Flattening.Figures {
        var rng = SeededGenerator(seed: seed)
        var figures = Flattening.Figures()
        func row(_ parts: [Int]) -> [Int] { parts + [parts.reduce(0, +)] }
        let outcomes = ApplicationRow.outcomeRows(in: template)
        var total = [Int](repeating: 0, count: 6)
        for outcome in outcomes {
            let parts = (0..<6).map { _ in Int.random(in: 1...largest, using: &rng) }
            figures.applications[outcome] = row(parts)
            for c in 0..<6 { total[c] += parts[c] }
        }
        let carried = (0..<6).map { _ in Int.random(in: 1...largest, using: &rng) }
        let forward = (0..<6).map { _ in Int.random(in: 1...largest, using: &rng) }
        figures.applications[.total] = row(total)
        figures.applications[.carriedOver] = row(carried)
        figures.applications[.carriedForward] = row(forward)
        figures.applications[.new] = row((0..<6).map { total[$0] + forward[$0] - carried[$0] })
        figures.review = (0..<3).flatMap { _ in row((0..<4).map { _ in Int.random(in: 1...19, using: &rng) }) }
        return figures
    }

    /// The digit string a glued row of `values` makes.
    static func glued(_ values: [Int]) -> String { values.map(String.init).joined() }

    /// Checks one crawled text against the brute-force enumerator: the original figures exactly, or `unparsed-table`
    /// exactly when the enumerator finds no reading or several.
    static func checkAgainstEnumerator(_ crawled: String, figures: Flattening.Figures, rows template: [ApplicationRow],
                                       _ context: String) throws {
        let outcome = ReportParser(source: "crawled.txt", format: "text").parse(text: crawled)
        let report = try #require(outcome.report, "\(context): skipped: \(outcome.findings)")
        #expect(report.sections.compactMap(\.kind) == SectionKind.allCases, "\(context)")
        let rules = outcome.findings.map(\.rule)

        let expected = BruteForce.table(template.map { ($0, glued(figures.applications[$0]!)) })
        if let expected {
            #expect(expected == figures.applications, "\(context): the enumerator reads other figures")
            let table = try #require(report.applications, "\(context): \(outcome.findings)")
            #expect(table.rows == template, "\(context)")
            for row in template {
                let cells = try #require(table.cells[row])
                #expect(cells.map(\.number) == figures.applications[row]!.map(Optional.some), "\(context) \(row)")
                #expect(cells.allSatisfy { $0.isRecovered }, "\(context) \(row)")
            }
            #expect(outcome.findings.filter { $0.rule == "recovered-table" && $0.where == "表三" }.count == 1, "\(context)")
        } else {
            #expect(report.applications == nil, "\(context)")
            #expect(outcome.findings.contains { $0.rule == "unparsed-table" && $0.message.hasPrefix("第三部分") }, "\(context)")
        }

        let review = figures.review!
        let reviewSplits = BruteForce.reviewSplits(glued(review))
        if reviewSplits.count == 1 {
            #expect(reviewSplits[0] == review, "\(context)")
            let table = try #require(report.review, "\(context): \(outcome.findings)")
            #expect(table.cells.map(\.number) == review.map(Optional.some), "\(context)")
            #expect(table.cells.allSatisfy { $0.isRecovered }, "\(context)")
            #expect(outcome.findings.filter { $0.rule == "recovered-table" && $0.where == "表四" }.count == 1, "\(context)")
        } else {
            #expect(report.review == nil, "\(context)")
            #expect(outcome.findings.contains { $0.rule == "unparsed-table" && $0.message.hasPrefix("第四部分") }, "\(context)")
        }
        #expect(!rules.contains("not-a-report") && !rules.contains("missing-section"), "\(context): \(rules)")
        // Recovered figures satisfy every equation, so the validator has nothing to add about them.
        let validated = ReportValidator().validate(report).filter { ["row-sum", "outcome-sum", "reconciliation", "review-sum"].contains($0.rule) }
        #expect(validated.isEmpty, "\(context): \(validated)")
    }

    @Test("crawled variants of a real report read back exactly, or as unparsed-table where the enumerator says so",
          arguments: 1...12)
    func realReportVariants(seed: Int) throws {
        let figures = Self.figures(seed: UInt64(seed), rows: ApplicationRow.rows2021, largest: seed <= 6 ? 40 : 9)
        let crawled = Flattening.flatten(Self.realReport, figures: figures)
        try Self.checkAgainstEnumerator(crawled, figures: figures, rows: ApplicationRow.rows2021, "seed \(seed)")
        let report = try #require(ReportParser(source: "crawled.txt", format: "text").parse(text: crawled).report)
        #expect(report.agency == "沭阳县发展和改革局")
        #expect(report.year == 2023)
        #expect(report.published == "2024-01-17")
    }

    /// Clean generated reports (their own figures, zeros included) in the crawled layout.
    static let corpus = CorpusGenerator(count: 60, errorRate: 0, seed: 2_026_1206).generate().files

    @Test("crawled variants of generated reports read back exactly, or as unparsed-table where the enumerator says so",
          arguments: 0..<6)
    func corpusVariants(slice: Int) throws {
        var checked = 0
        for file in Self.corpus.indices.filter({ $0 % 6 == slice }).map({ Self.corpus[$0] }) {
            let original = try #require(ReportParser(source: file.name, format: "text").parse(text: file.contents).report)
            let table = try #require(original.applications)
            let review = try #require(original.review)
            var figures = Flattening.Figures()
            for row in table.rows { figures.applications[row] = try table.cells[row]!.map { try #require($0.number) } }
            figures.review = try review.cells.map { try #require($0.number) }
            // The enumerator tries every composition: rows too long for it are left to the handmade cases.
            guard table.rows.allSatisfy({ Self.glued(figures.applications[$0]!).count <= 20 }),
                  Self.glued(figures.review!).count <= 24 else { continue }
            try Self.checkAgainstEnumerator(Flattening.flatten(file.contents), figures: figures, rows: table.rows, file.name)
            checked += 1
            // Every other one again with distinct non-zero figures, some small enough for rows to split several ways.
            guard checked % 2 == 1 else { continue }
            let seed = UInt64(checked * 6 + slice)
            let other = Self.figures(seed: seed, rows: table.rows, largest: seed % 2 == 0 ? 30 : 9)
            try Self.checkAgainstEnumerator(Flattening.flatten(file.contents, figures: other), figures: other, rows: table.rows,
                                            "\(file.name) seed \(seed)")
        }
        #expect(checked >= 5, "too few generated reports small enough for the enumerator")
    }
}
