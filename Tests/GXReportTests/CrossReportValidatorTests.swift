import Testing
@testable import GXReport

/// One input of a cross-report case: a seed with edits, under its own path and format.
struct CrossInput: Sendable {
    var seed: String
    var source: String
    var format: String = "text"
    var edits: [Int: String] = [:]

    var report: Report { EditedSeed.report(seed, edits, source: source, format: format) }
}

struct CrossCase: Sendable, CustomStringConvertible {
    var name: String
    var inputs: [CrossInput]
    var kept: [Int]
    var dropped: [Int: Int]
    /// Rendered findings by input index.
    var findings: [Int: [String]]
    var description: String { name }
}

/// 000 is 余姚市经济和信息化局's 2020 report; these title lines move it to other years.
private let year2021: [Int: String] = [1: "余姚市经济和信息化局2021年度政府"]
private let year2022: [Int: String] = [1: "余姚市经济和信息化局2022年度政府"]

private func merged(_ a: [Int: String], _ b: [Int: String]) -> [Int: String] {
    a.merging(b) { $1 }
}

@Suite struct CrossReportValidatorTests {
    static let cases: [CrossCase] = [
        CrossCase(name: "different agencies and years are all kept",
                  inputs: [CrossInput(seed: EditedSeed.s2019, source: "a.txt"), CrossInput(seed: EditedSeed.s2021, source: "b.txt")],
                  kept: [0, 1], dropped: [:], findings: [:]),
        CrossCase(name: "duplicates: DOCX, then HTML, then text",
                  inputs: [CrossInput(seed: EditedSeed.s2019, source: "b/000.txt"),
                           CrossInput(seed: EditedSeed.s2019, source: "c/000.html", format: "html"),
                           CrossInput(seed: EditedSeed.s2021, source: "003.txt"),
                           CrossInput(seed: EditedSeed.s2019, source: "z/000.docx", format: "docx")],
                  kept: [2, 3], dropped: [0: 3, 1: 3],
                  findings: [3: ["duplicate-report 1:1 同一机关同一年度还有其他文件：c/000.html、b/000.txt；只发布本文件"]]),
        CrossCase(name: "duplicates of one format: path order",
                  inputs: [CrossInput(seed: EditedSeed.s2019, source: "b.txt"), CrossInput(seed: EditedSeed.s2019, source: "a.txt")],
                  kept: [1], dropped: [0: 1],
                  findings: [1: ["duplicate-report 1:1 同一机关同一年度还有其他文件：b.txt；只发布本文件"]]),
        CrossCase(name: "carry-over per column, on this year's cell",
                  inputs: [CrossInput(seed: EditedSeed.s2019, source: "2020.txt"),
                           CrossInput(seed: EditedSeed.s2019, source: "2021.txt", edits: merged(year2021, [119: "\t2", 125: "\t3"]))],
                  kept: [0, 1], dropped: [:],
                  findings: [1: ["carry-over 119:2 自然人列：2021年“二、上年结转”=2，2020年报告（2020.txt）“四、结转下年度继续办理”=0",
                                 "carry-over 125:2 总计列：2021年“二、上年结转”=3，2020年报告（2020.txt）“四、结转下年度继续办理”=0"]]),
        CrossCase(name: "carry-over compares last year's 结转下年度, whatever the input order",
                  inputs: [CrossInput(seed: EditedSeed.s2019, source: "2021.txt", edits: year2021),
                           CrossInput(seed: EditedSeed.s2019, source: "2020.txt", edits: [344: "\t4", 350: "\t4"])],
                  kept: [0, 1], dropped: [:],
                  findings: [0: ["carry-over 119:2 自然人列：2021年“二、上年结转”=0，2020年报告（2020.txt）“四、结转下年度继续办理”=4",
                                 "carry-over 125:2 总计列：2021年“二、上年结转”=0，2020年报告（2020.txt）“四、结转下年度继续办理”=4"]]),
        CrossCase(name: "carry-over skips blank cells on either side",
                  inputs: [CrossInput(seed: EditedSeed.s2019, source: "2020.txt", edits: [344: "\t"]),
                           CrossInput(seed: EditedSeed.s2019, source: "2021.txt", edits: merged(year2021, [119: "\t2", 125: "\t/"]))],
                  kept: [0, 1], dropped: [:], findings: [:]),
        CrossCase(name: "carry-over needs consecutive years",
                  inputs: [CrossInput(seed: EditedSeed.s2019, source: "2020.txt"),
                           CrossInput(seed: EditedSeed.s2019, source: "2022.txt", edits: merged(year2022, [119: "\t2"]))],
                  kept: [0, 1], dropped: [:], findings: [:]),
        CrossCase(name: "carry-over reads the published copy of a duplicate",
                  inputs: [CrossInput(seed: EditedSeed.s2019, source: "2020.txt", edits: [344: "\t2"]),
                           CrossInput(seed: EditedSeed.s2019, source: "2020.docx", format: "docx"),
                           CrossInput(seed: EditedSeed.s2019, source: "2021.txt", edits: merged(year2021, [119: "\t2"]))],
                  kept: [1, 2], dropped: [0: 1],
                  findings: [1: ["duplicate-report 1:1 同一机关同一年度还有其他文件：2020.txt；只发布本文件"],
                             2: ["carry-over 119:2 自然人列：2021年“二、上年结转”=2，2020年报告（2020.docx）“四、结转下年度继续办理”=0"]]),
    ]

    @Test(arguments: cases)
    func crossRules(_ c: CrossCase) {
        let outcome = CrossReportValidator.validate(c.inputs.map(\.report))
        #expect(outcome.kept == c.kept)
        #expect(outcome.dropped == c.dropped)
        #expect(outcome.findings.mapValues { $0.map(render) } == c.findings)
    }

    @Test func findingsNameTheirFileAndSeverity() throws {
        let inputs = [CrossInput(seed: EditedSeed.s2019, source: "2020.txt"),
                      CrossInput(seed: EditedSeed.s2019, source: "2021.txt", edits: merged(year2021, [119: "\t2"])),
                      CrossInput(seed: EditedSeed.s2019, source: "2021.html", format: "html", edits: year2021)]
        let outcome = CrossReportValidator.validate(inputs.map(\.report))
        let findings = try #require(outcome.findings[2])
        #expect(findings.map(\.rule) == ["duplicate-report"])
        #expect(findings[0].file == "2021.html")
        #expect(findings[0].severity == .error)
        #expect(outcome.dropped == [1: 2])
    }

    @Test func carryOverIsAWarningWithWhere() throws {
        let inputs = [CrossInput(seed: EditedSeed.s2019, source: "2020.txt"),
                      CrossInput(seed: EditedSeed.s2019, source: "2021.txt", edits: merged(year2021, [119: "\t2"]))]
        let finding = try #require(CrossReportValidator.validate(inputs.map(\.report)).findings[1]?.first)
        #expect(finding.severity == .warning)
        #expect(finding.file == "2021.txt")
        #expect(finding.where == "表三 第二项（上年结转） 自然人列")
    }
}
