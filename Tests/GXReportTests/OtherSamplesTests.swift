import Foundation
import Testing
@testable import GXReport

/// The real documents that are not in a layout to read figure by figure (OCR and PDF text turned into Markdown, text
/// pulled from a PDF by position) never crash the reader and never yield a figure that is not the report's own.
@Suite struct OtherSamplesTests {
    static func sample(_ name: String) -> URL {
        TestData.root.deletingLastPathComponent().appendingPathComponent("shared/samples/\(name)")
    }

    static func parse(_ name: String) -> ParseOutcome {
        ReportParser(source: name, format: "text").parse(text: TestData.text(sample(name)))
    }

    @Test(arguments: ["real/002_shuyang_county_gov_2025_ocr.txt", "real/003_shanghai_stcsm_2024_pdfextract.txt",
                      "real/004_shanghai_govoffice_2025_pdfextract.txt"])
    func markdownTablesAreReportedNotGuessed(_ name: String) throws {
        let outcome = Self.parse(name)
        let report = try #require(outcome.report, "\(outcome.findings)")
        #expect(!report.agency.hasPrefix("#"))
        // Their tables are split, scrambled or run together: no figure is taken, and the loss is reported.
        #expect(report.applications == nil)
        #expect(report.review == nil)
        #expect(outcome.findings.contains { $0.rule == "unparsed-table" || $0.rule == "missing-section" })
    }

    @Test func textPulledFromThePDFGivesOnlyThePDFsFigures() throws {
        let text = Self.parse("huaian-city-gov-2024-from-pdf.txt")
        let report = try #require(text.report)
        let pdfData = try Data(contentsOf: Self.sample("huaian-city-gov-2024.pdf"))
        let pdf = try #require(ReportParser(source: "p.pdf", format: "pdf").parse(pdf: pdfData).report)
        #expect(report.agency == pdf.agency)
        #expect(report.year == pdf.year)
        // Whatever rows the text gives are the PDF's own, figure for figure; the rows it cannot give are reported.
        let table = try #require(report.applications)
        #expect(!table.rows.isEmpty)
        for row in table.rows {
            #expect(table.cells[row]?.map(\.value) == pdf.applications?.cells[row]?.map(\.value), "\(row)")
        }
        if table.rows.count < pdf.applications?.rows.count ?? 0 {
            #expect(text.findings.contains { $0.rule == "unparsed-table" })
        }
        if let review = report.review { #expect(review.cells.map(\.value) == pdf.review?.cells.map(\.value)) }
    }
}
