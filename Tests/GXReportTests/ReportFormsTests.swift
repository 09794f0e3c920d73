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
        // The real PDFs, as read, written back as Tika text: their figures in every other form.
        for pdf in ["huaian-city-gov-2024.pdf", "pdf/201_huaian_hongze_gov_2023.pdf", "pdf/202_huaian_hongze_gov_2024.pdf"] {
            let url = TestData.root.deletingLastPathComponent().appendingPathComponent("shared/samples/\(pdf)")
            guard let data = try? Data(contentsOf: url), let items = try? PDFReader.items(from: data) else { continue }
            sources.append(Source(name: pdf, text: TikaText.text(of: items)))
        }
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

    @Test func theRealPDFsAreSources() {
        #expect(Self.sources.filter { $0.name.hasSuffix(".pdf") }.count == 3)
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
        let first = title.location.line - 1
        lines[first] = lines[first].replacingOccurrences(of: String(year), with: ReportForms.chineseYear(year))
        lines.insert(contentsOf: ["索引号：000014349/\(year + 1)-00003", "发布日期：\(year + 1)-01-25"], at: first)
        let outcome = ReportParser(source: "x.txt", format: "text").parse(text: lines.joined(separator: "\n"))
        let differences = Self.differences(outcome, try Self.original(source))
        #expect(differences.isEmpty, "\(source): \(differences)")
        #expect(outcome.report?.published == "\(year + 1)-01-25")
    }

    /// Runs LibreOffice headless to convert `files` into `folder` as `format`, with a profile of its own.
    static func convert(_ files: [URL], to format: String, in folder: URL, profile: URL) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["soffice", "--headless", "--norestore", "--nolockcheck", "-env:UserInstallation=\(profile.absoluteString)",
                             "--convert-to", format, "--outdir", folder.path] + files.map(\.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }

    /// Every source as DOCX (official and ad-hoc tables) turned by LibreOffice into a PDF and into a .doc (read back as
    /// gxsite reads one: converted to DOCX again) gives every figure: three LibreOffice calls for all of them.
    @Test func pdfAndDocMadeByLibreOfficeGiveEveryFigure() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("gx-forms-\(getpid())")
        try? FileManager.default.removeItem(at: scratch)
        let docx = scratch.appendingPathComponent("docx"), pdf = scratch.appendingPathComponent("pdf")
        let doc = scratch.appendingPathComponent("doc"), back = scratch.appendingPathComponent("back")
        let profile = scratch.appendingPathComponent("profile")
        for folder in [docx, pdf, doc, back] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        defer { if ProcessInfo.processInfo.environment["GX_KEEP_FORMS"] == nil { try? FileManager.default.removeItem(at: scratch) } }
        var expected: [String: Report] = [:]
        for (i, source) in Self.sources.enumerated() {
            for options in [ReportForms.Options(), ReportForms.Options(official: false)] {
                let name = "r\(i)-\(options.official ? "official" : "adhoc")"
                try ReportForms.docx(of: source.text, options: options).write(to: docx.appendingPathComponent(name + ".docx"))
                expected[name] = try Self.original(source)
            }
        }
        let files = expected.keys.sorted().map { docx.appendingPathComponent($0 + ".docx") }
        try Self.convert(files, to: "pdf", in: pdf, profile: profile)
        try Self.convert(files, to: "doc", in: doc, profile: profile)
        try Self.convert(expected.keys.sorted().map { doc.appendingPathComponent($0 + ".doc") }, to: "docx", in: back, profile: profile)
        for name in expected.keys.sorted() {
            let report = expected[name]!
            let fromPDF = try Data(contentsOf: pdf.appendingPathComponent(name + ".pdf"))
            let differences = Self.differences(ReportParser(source: name + ".pdf", format: "pdf").parse(pdf: fromPDF), report)
            #expect(differences.isEmpty, "\(name) as PDF: \(differences)")
            let fromDoc = try Data(contentsOf: back.appendingPathComponent(name + ".docx"))
            let docDifferences = Self.differences(ReportParser(source: name + ".doc", format: "doc").parse(docx: fromDoc), report)
            #expect(docDifferences.isEmpty, "\(name) as .doc: \(docDifferences)")
        }
    }
}
