import GXReuse
import Foundation

/// The result of reading one input: the report, if it is one, and what was found wrong while reading.
public struct ParseOutcome: Sendable {
    /// The report, or nil when the input is not a report.
    public var report: Report?
    /// Problems found while reading (missing-section, unparsed-table, not-a-report …).
    public var findings: [Finding]
    /// The report's own prose as text reuse compares it (`ComparableText(of:)`), kept when the narrative is dropped.
    public var text = ComparableText()

    /// Creates an outcome.
    public init(report: Report?, findings: [Finding], text: ComparableText = ComparableText()) {
        self.report = report
        self.findings = findings
        self.text = text
    }
}

/// Turns a document's paragraphs and tables into a typed `Report`, whatever format they came from.
public struct ReportParser: Sendable {
    /// The input's path under the content folder, used in findings.
    public var source: String
    /// The input format recorded in the report ("text", "docx", "html", "pdf").
    public var format: String

    /// Creates a parser for one input.
    public init(source: String, format: String) {
        self.source = source
        self.format = format
    }

    /// Reads text in Tika's DOCX layout.
    public func parse(text: String) -> ParseOutcome {
        let layout = TikaLayout.layout(of: text)
        return parse(items: layout.items, plain: layout.plain)
    }

    /// Reads a Word (.docx) file; one that cannot be opened gives an `unreadable-input` finding.
    public func parse(docx data: Data) -> ParseOutcome {
        do {
            return parse(items: try DocxReader.items(from: data))
        } catch {
            let finding = Finding(rule: "unreadable-input", severity: .error, file: source,
                                  location: SourceLocation(line: 1, column: 1), message: error.message)
            return ParseOutcome(report: nil, findings: [finding])
        }
    }

    /// Reads a PDF file; one without trustworthy text gives one `unreadable-input` finding naming the page.
    public func parse(pdf data: Data) -> ParseOutcome {
        do {
            return parse(items: try PDFReader.items(from: data))
        } catch {
            let finding = Finding(rule: "unreadable-input", severity: .error, file: source,
                                  location: SourceLocation(line: 1, column: 1, page: error.page), message: error.message)
            return ParseOutcome(report: nil, findings: [finding])
        }
    }

    /// Reads an HTML page (already decoded), skipping the site's navigation and footer.
    public func parse(html text: String) -> ParseOutcome {
        parse(items: HTMLReader.items(from: text))
    }

    /// The report in `items`; `plain` says every text in them is known to be plain (see `PlainText`).
    func parse(items: [TikaLayout.Item], plain: Bool = false) -> ParseOutcome {
        let titleSpan = Self.title(in: items)
        let titleLocation = titleSpan.location
        let outline = self.outline(of: items, titleItems: titleSpan.items, plain: plain)
        let identity = titleSpan.identity
        var report = Report(source: source, format: format, title: titleSpan.text, agency: identity.agency,
                            region: RegionResolver.shared.region(forAgency: identity.agency),
                            year: identity.year ?? 0, titleLocation: titleLocation)
        report.sections = outline.sections
        report.preamble = outline.preamble
        report.published = Self.publicationDate(in: outline.preamble + (outline.sections.first?.blocks.prefix(3) ?? []))
        var findings = readTables(into: &report, plain: plain)

        let missing = Self.missingParts(agency: identity.agency, year: identity.year, sections: outline.sections)
        if !missing.isEmpty {
            let finding = Finding(rule: "not-a-report", severity: .warning, file: source,
                                  location: titleLocation, message: Messages.notAReport(missing: missing))
            return ParseOutcome(report: nil, findings: [finding])
        }
        for kind in SectionKind.allCases where !outline.seen.contains(kind) {
            findings.append(Finding(rule: "missing-section", severity: .error, file: source,
                                    location: SourceLocation(line: 1, column: 1), message: Messages.missingSection(kind)))
        }
        return ParseOutcome(report: report, findings: findings)
    }

    /// Reads the figures of sections 二, 三 and 四 into `report`; the findings of the tables of 三 and 四.
    private func readTables(into report: inout Report, plain: Bool) -> [Finding] {
        var findings: [Finding] = []
        if let section = report.section(.proactive) {
            report.disclosure = DisclosureReader.read(section, plain: plain)
        }
        if let section = report.section(.applications) {
            let read = ApplicationTableReader(source: source, plain: plain).read(section)
            report.applications = read.table
            findings += read.findings
        }
        if let section = report.section(.reviewLitigation) {
            let read = ReviewTableReader(source: source, plain: plain).read(section)
            report.review = read.table
            findings += read.findings
        }
        return findings
    }

    /// What a report must have and this input lacks, in words for the not-a-report finding; empty for a report.
    private static func missingParts(agency: String, year: Int?, sections: [Section]) -> [String] {
        var missing: [String] = []
        if agency.isEmpty { missing.append("机关名称") }
        if year == nil { missing.append("年度") }
        if sections.isEmpty { missing.append("报告的章节（如“一、总体情况”）") }
        return missing
    }
}
