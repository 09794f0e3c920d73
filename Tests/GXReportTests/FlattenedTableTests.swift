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
        var rng = SystemRandomNumberGeneratorSeeded(seed: seed)
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
}

/// A seeded generator, so that every run of a test sees the same figures.
struct SystemRandomNumberGeneratorSeeded: RandomNumberGenerator {
    /// The SplitMix64 state.
    var state: UInt64

    /// Starts from `seed`.
    init(seed: UInt64) { state = seed }

    /// The next SplitMix64 output.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1330_11EB
        return z ^ (z >> 31)
    }
}
