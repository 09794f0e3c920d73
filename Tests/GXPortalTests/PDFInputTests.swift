import Foundation
import Testing
@testable import GXReport
@testable import GXPortal
@testable import GXBuild

/// PDF reports in the content folder: listed, read as PDF, published with their original.
@Suite struct PDFInputTests {
    /// 淮安市洪泽区人民政府 2023 as published, from `../shared/samples` beside the repository.
    static let sample = SiteTestData.root.deletingLastPathComponent().appendingPathComponent("shared/samples/pdf/201_huaian_hongze_gov_2023.pdf")

    @Test(arguments: [("2023/report.pdf", "pdf"), ("REPORT.PDF", "pdf"), ("a.docx", "docx"), ("a.txt", "text")])
    func formatOfPath(_ path: String, _ format: String) {
        #expect(InputReader.format(of: path) == format)
    }

    @Test func pdfInContentIsBuilt() throws {
        let dir = SiteTestData.scratch("pdf-input").appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("2023"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.sample, to: dir.appendingPathComponent("2023/hongze.pdf"))
        #expect(try ContentLoader.inputs(in: dir).map(\.path) == ["2023/hongze.pdf"])
        let output = dir.deletingLastPathComponent().appendingPathComponent("Site")
        let summary = try SiteBuilder(options: BuildOptions(content: dir, output: output, themeDirectories: [SiteTestData.defaultTheme])).build()
        #expect(summary.reports == 1)
        #expect(summary.skipped == 0)
        // The report's own contradiction in table 四, on page 4.
        let sums = summary.findings.filter { $0.rule == "review-sum" }
        #expect(sums.count == 2)
        #expect(sums.allSatisfy { $0.page == 4 && $0.file == "2023/hongze.pdf" })
        let originals = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.hasSuffix("original.pdf") }
        #expect(originals.count == 1)
        // The page is in the data too: the report's JSON and the findings' CSV.
        let json = try String(contentsOf: output.appendingPathComponent(originals[0]).deletingLastPathComponent()
            .appendingPathComponent("report.json"), encoding: .utf8)
        #expect(json.contains("\"rule\": \"review-sum\""))
        #expect(json.contains("\"page\": 4"))
        let csv = try String(contentsOf: output.appendingPathComponent("data/findings.csv"), encoding: .utf8)
        let row = try #require(csv.components(separatedBy: "\r\n").first { $0.contains(",review-sum,") })
        #expect(row.contains(",2023/hongze.pdf,\(sums[0].line),\(sums[0].column),4,"))
    }
}
