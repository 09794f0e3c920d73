import Foundation
import GXCorpus
import Testing
@testable import GXReport

/// The reports of reference, read in every other form they are published in, give every figure of tables 三 and 四
/// exactly as their Tika text does.
///
/// The seeds' tables are all 0 or blank, where a shifted column would go unseen; report 010 and generated reports have
/// distinct non-zero figures.
@Suite struct ReportFormsTests {
    /// A source report: a name for messages and its Tika text.
    struct Source: Sendable, CustomStringConvertible {
        var name: String
        var text: String
        var description: String { name }
    }

    static let sources: [Source] = {
        var sources = ["000_de03c57df4063b09.txt", "002_af7ba795f29cd9b9.txt", "003_096eb810ffb81dcc.txt", "004_6001728057d43c53.txt"]
            .map { Source(name: $0, text: TestData.text(TestData.content.appendingPathComponent($0))) }
        sources.append(Source(name: "010_shuyang_drc_2023.txt",
                              text: TestData.text(TestData.fixtures.appendingPathComponent("reports/010_shuyang_drc_2023.txt"))))
        // Generated reports without injected errors, those with the most distinct non-zero figures (both templates).
        let corpus = CorpusGenerator(count: 60, errorRate: 0, seed: 21).generate()
        func distinctFigures(_ text: String) -> Int {
            guard let table = ReportParser(source: "g", format: "text").parse(text: text).report?.applications else { return 0 }
            return Set(table.rows.flatMap { table.cells[$0]?.compactMap(\.number) ?? [] }.filter { $0 > 0 }).count
        }
        let ranked = corpus.files.map { (file: $0, score: distinctFigures($0.contents)) }.sorted { ($1.score, $0.file.name) < ($0.score, $1.file.name) }
        sources += ranked.prefix(6).map { Source(name: $0.file.name, text: $0.file.contents) }
        return sources
    }()

    static let variants: [ReportForms.Options] = [
        ReportForms.Options(),
        ReportForms.Options(trailingEmptyCell: true),
        ReportForms.Options(leadingEmptyCell: true),
        ReportForms.Options(trailingEmptyCell: true, leadingEmptyCell: true),
        ReportForms.Options(official: false),
        ReportForms.Options(official: false, trailingEmptyCell: true),
        ReportForms.Options(metadataAboveTitle: true, chineseYear: true, splitTitle: true),
    ]

    /// Every difference between two readings of a report's identity and figures.
    static func differences(_ actual: ParseOutcome, _ expected: Report) -> [String] {
        guard let report = actual.report else { return ["not read: \(actual.findings.map(\.message))"] }
        var out: [String] = []
        if report.agency != expected.agency { out.append("agency \(report.agency) ≠ \(expected.agency)") }
        if report.year != expected.year { out.append("year \(report.year) ≠ \(expected.year)") }
        if report.sections.map(\.kind) != expected.sections.map(\.kind) { out.append("sections \(report.sections.map(\.kind))") }
        let rows = expected.applications?.rows ?? []
        if report.applications?.rows ?? [] != rows { out.append("table 三 rows \(report.applications?.rows ?? [])") }
        for row in rows where report.applications?.cells[row]?.map(\.value) != expected.applications?.cells[row]?.map(\.value) {
            out.append("\(row): \(report.applications?.cells[row]?.map(\.raw) ?? []) ≠ \(expected.applications?.cells[row]?.map(\.raw) ?? [])")
        }
        if report.review?.cells.map(\.value) != expected.review?.cells.map(\.value) {
            out.append("table 四: \(report.review?.cells.map(\.raw) ?? []) ≠ \(expected.review?.cells.map(\.raw) ?? [])")
        }
        return out
    }

    static func original(_ source: Source) throws -> Report {
        try #require(ReportParser(source: source.name, format: "text").parse(text: source.text).report)
    }

    @Test(arguments: sources)
    func sourcesHaveTheirTables(_ source: Source) throws {
        let report = try Self.original(source)
        #expect(report.applications != nil && report.review != nil)
    }

    @Test func someSourcesHaveDistinctNonZeroFigures() throws {
        // Shifting a column must change what is read: the figures of some rows differ from column to column.
        let distinct = try Self.sources.filter { source in
            let report = try Self.original(source)
            return report.applications?.rows.contains { row in
                let figures = report.applications?.cells[row]?.compactMap(\.number) ?? []
                return figures.contains { $0 > 0 } && Set(figures).count >= 2
            } ?? false
        }
        #expect(distinct.count >= 4, "\(distinct.map(\.name))")
    }

    @Test(arguments: sources, variants)
    func htmlPageGivesEveryFigure(_ source: Source, options: ReportForms.Options) throws {
        let html = ReportForms.html(of: source.text, options: options)
        let outcome = ReportParser(source: "x.html", format: "html").parse(html: html)
        let differences = Self.differences(outcome, try Self.original(source))
        #expect(differences.isEmpty, "\(source) as HTML (\(options)): \(differences)")
    }

    @Test(arguments: sources, variants)
    func docxGivesEveryFigure(_ source: Source, options: ReportForms.Options) throws {
        let docx = try ReportForms.docx(of: source.text, options: options)
        let outcome = ReportParser(source: "x.docx", format: "docx").parse(docx: docx)
        let differences = Self.differences(outcome, try Self.original(source))
        #expect(differences.isEmpty, "\(source) as DOCX (\(options)): \(differences)")
    }

    @Test(arguments: sources)
    func textWithMetadataAndAChineseYearGivesEveryFigure(_ source: Source) throws {
        var lines = source.text.components(separatedBy: "\n")
        let title = ReportParser.title(in: TikaLayout.items(of: source.text))
        let identity = ReportParser.identity(fromTitle: title.text)
        let year = try #require(identity.year)
        let chinese = String(String(year).map { Array("〇一二三四五六七八九")[Int(String($0))!] })
        let first = title.location.line - 1
        lines[first] = lines[first].replacingOccurrences(of: String(year), with: chinese)
        lines.insert(contentsOf: ["索引号：000014349/\(year + 1)-00003", "发布日期：\(year + 1)-01-25"], at: first)
        let outcome = ReportParser(source: "x.txt", format: "text").parse(text: lines.joined(separator: "\n"))
        let differences = Self.differences(outcome, try Self.original(source))
        #expect(differences.isEmpty, "\(source): \(differences)")
        #expect(outcome.report?.published == "\(year + 1)-01-25")
    }
}
