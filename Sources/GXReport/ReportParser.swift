import Foundation

/// The result of reading one input: the report, if it is one, and what was found wrong while reading.
public struct ParseOutcome: Sendable {
    /// The report, or nil when the input is not a report.
    public var report: Report?
    /// Problems found while reading (missing-section, unparsed-table, not-a-report …).
    public var findings: [Finding]

    /// Creates an outcome.
    public init(report: Report?, findings: [Finding]) {
        self.report = report
        self.findings = findings
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
        var findings: [Finding] = []
        let titleSpan = Self.title(in: items)
        let (titleText, titleLocation) = (titleSpan.text, titleSpan.location)
        // Page metadata above the title (索引号, 发布日期) belongs to the preamble, where the publication date is read.
        var preamble: [Block] = items[..<titleSpan.items.lowerBound].compactMap { item in
            if case .paragraph(let text, let location) = item { return .paragraph(text.trimmingWhitespace(), location) }
            return nil
        }
        var sections: [Section] = []
        var seen = Set<SectionKind>()
        for index in titleSpan.items.upperBound..<items.count {
            switch items[index] {
            case .paragraph(let text, let location):
                if let heading = SectionHeading.parse(text, plain: plain), accepts(heading, sections: sections, seen: seen),
                   !heading.tolerant || Self.confirms(heading, after: index, in: items) {
                    if let kind = heading.kind { seen.insert(kind) }
                    sections.append(Section(kind: heading.kind, heading: heading.text, location: location))
                } else if let (heading, rest) = InlineHeadings.split(text, plain: plain), accepts(heading, sections: sections, seen: seen),
                          !heading.tolerant || Self.confirms(heading, after: index, in: items) {
                    if let kind = heading.kind { seen.insert(kind) }
                    sections.append(Section(kind: heading.kind, heading: heading.text, location: location, blocks: [.paragraph(rest, location)]))
                } else if sections.isEmpty {
                    preamble.append(.paragraph(text.trimmingWhitespace(), location))
                } else {
                    sections[sections.count - 1].blocks.append(.paragraph(text.trimmingWhitespace(), location))
                }
            case .table(let table):
                if sections.isEmpty { preamble.append(.table(table)) } else { sections[sections.count - 1].blocks.append(.table(table)) }
            }
        }

        let identity = titleSpan.identity
        var report = Report(source: source, format: format, title: titleText, agency: identity.agency,
                            region: RegionResolver.shared.region(forAgency: identity.agency),
                            year: identity.year ?? 0, titleLocation: titleLocation)
        report.sections = sections
        report.preamble = preamble
        report.published = Self.publicationDate(in: preamble + (sections.first?.blocks.prefix(3) ?? []))

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

        var missing: [String] = []
        if identity.agency.isEmpty { missing.append("机关名称") }
        if identity.year == nil { missing.append("年度") }
        if sections.isEmpty { missing.append("报告的章节（如“一、总体情况”）") }
        if !missing.isEmpty {
            let finding = Finding(rule: "not-a-report", severity: .warning, file: source,
                                  location: titleLocation, message: Messages.notAReport(missing: missing))
            return ParseOutcome(report: nil, findings: [finding])
        }
        for kind in SectionKind.allCases where !seen.contains(kind) {
            findings.append(Finding(rule: "missing-section", severity: .error, file: source,
                                    location: SourceLocation(line: 1, column: 1), message: Messages.missingSection(kind)))
        }
        return ParseOutcome(report: report, findings: findings)
    }

    /// Whether what follows a heading recognised despite a typo bears it out: a section with a table (二, 三, 四) has one
    /// before the next heading; the others need nothing more than their own number, which recognition required.
    static func confirms(_ heading: SectionHeading, after index: Int, in items: [TikaLayout.Item]) -> Bool {
        guard let kind = heading.kind, [.proactive, .applications, .reviewLitigation].contains(kind) else { return true }
        for item in items[(index + 1)...].prefix(40) {
            switch item {
            case .table: return true
            case .paragraph(let text, _): if SectionHeading.parse(text) != nil { return false }
            }
        }
        return false
    }

    /// Known sections are taken once each; an extra one only when numbered right after the previous section.
    func accepts(_ heading: SectionHeading, sections: [Section], seen: Set<SectionKind>) -> Bool {
        if let kind = heading.kind { return !seen.contains(kind) }
        guard let number = heading.number, let last = sections.last, !InlineHeadings.endsInFigure(heading) else { return false }
        let lastNumber = SectionHeading.parse(last.heading)?.number ?? last.kind?.rawValue
        return lastNumber.map { number == $0 + 1 } ?? false
    }
}
