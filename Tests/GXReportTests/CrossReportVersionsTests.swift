import Testing
@testable import GXReport

/// Corrections versus duplicates: which files of one agency and year are versions, and in which order.
@Suite struct CrossReportVersionsTests {
    /// Seed 000 (余姚市经济和信息化局 2020) under `source`, with a publication date and correction mark.
    static func report(_ source: String, _ published: String?, correction: Bool = false, format: String = "text") -> Report {
        var r = EditedSeed.report(EditedSeed.s2019, [:], source: source, format: format)
        r.published = published
        r.isCorrection = correction
        return r
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var inputs: [Report]
        var kept: [Int]
        var earlier: [Int: [Int]]
        var duplicateOn: Int?
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "a later date is a correction", inputs: [report("a.txt", "2021-01-20"), report("b.txt", "2021-02-03")],
             kept: [1], earlier: [1: [0]], duplicateOn: nil),
        Case(name: "order does not matter", inputs: [report("b.txt", "2021-02-03"), report("a.txt", "2021-01-20")],
             kept: [0], earlier: [0: [1]], duplicateOn: nil),
        Case(name: "the same date is a duplicate", inputs: [report("a.txt", "2021-01-20"), report("b.txt", "2021-01-20")],
             kept: [0], earlier: [:], duplicateOn: 0),
        Case(name: "an undated copy joins the first version (a DOCX and its dated web page)",
             inputs: [report("a.docx", nil, format: "docx"), report("a.html", "2021-01-20", format: "html")],
             kept: [0], earlier: [:], duplicateOn: 0),
        Case(name: "a marked correction is later whatever its date",
             inputs: [report("a.txt", "2021-01-20"), report("b.txt", nil, correction: true)],
             kept: [1], earlier: [1: [0]], duplicateOn: nil),
        Case(name: "copies of an earlier version are dropped quietly",
             inputs: [report("a.docx", "2021-01-20", format: "docx"), report("a.txt", "2021-01-20"), report("b.txt", "2021-02-03")],
             kept: [2], earlier: [2: [0]], duplicateOn: nil),
        Case(name: "three versions in date order",
             inputs: [report("c.txt", "2021-03-01"), report("a.txt", "2021-01-20"), report("b.txt", "2021-02-03")],
             kept: [0], earlier: [0: [1, 2]], duplicateOn: nil),
    ]

    @Test(arguments: cases)
    func versions(_ c: Case) {
        let outcome = CrossReportValidator.validate(c.inputs)
        #expect(outcome.kept == c.kept)
        #expect(outcome.earlierVersions == c.earlier)
        let duplicates = outcome.findings.filter { $0.value.contains { $0.rule == "duplicate-report" } }.map(\.key)
        #expect(duplicates == (c.duplicateOn.map { [$0] } ?? []))
    }
}
