import Foundation
import GXMarkdown
import GXReport

/// What `gxsite build` is asked to do.
public struct BuildOptions: Sendable {
    /// The folder of reports.
    public var content: URL
    /// The folder the site is written to.
    public var output: URL
    /// Theme folders in precedence order: a custom theme first, the default last.
    public var themeDirectories: [URL]
    /// The public URL of the site, for canonical links; nil keeps every link relative only.
    public var baseURL: String?

    /// Creates options.
    public init(content: URL, output: URL, themeDirectories: [URL], baseURL: String? = nil) {
        self.content = content
        self.output = output
        self.themeDirectories = themeDirectories
        self.baseURL = baseURL
    }
}

/// What a build did, for the CLI's summary and exit code.
public struct BuildSummary: Sendable {
    /// Reports published.
    public var reports: Int
    /// HTML pages written.
    public var pages: Int
    /// Files written in all.
    public var files: Int
    /// Input files that could not be published.
    public var skipped: Int
    /// Every finding, of published and skipped inputs, sorted by file, line, column.
    public var findings: [Finding]
    /// Wall-clock seconds.
    public var seconds: Double
}

/// Runs the pipeline: load → parse → validate → compose Markdown → render HTML → index → write.
public struct SiteBuilder: Sendable {
    /// The generator name written into pages and data.
    public static let generator = "gxsite 0.1.0"

    /// The options this builder runs with.
    public var options: BuildOptions

    /// Creates a builder.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site; throws `BuildError` for environment problems, collects content problems as findings.
    public func build() throws -> BuildSummary {
        let start = Date()
        let theme = try Theme(directories: options.themeDirectories)
        let inputs = try ContentLoader.inputs(in: options.content)
        let load = Self.parseAll(inputs)
        let site = SiteModel(entries: load.reports)
        let writer = try OutputWriter(output: options.output)
        do {
            var pages = try SitePages(site: site, theme: theme, writer: writer, info: SiteInfo(title: "政府信息公开工作年度报告", generator: Self.generator))
            try pages.writeAll()
            try writer.commit()
            let findings = (load.skippedFindings + site.entries.flatMap(\.findings)).sorted(by: Self.order)
            return BuildSummary(reports: site.entries.count, pages: pages.htmlPages, files: writer.written.count,
                                skipped: load.skipped, findings: findings, seconds: Date().timeIntervalSince(start))
        } catch {
            writer.discard()
            throw error
        }
    }

    /// Reads, parses and validates every input; returns publishable reports and what was skipped.
    static func parseAll(_ inputs: [InputFile]) -> (reports: [(Report, [Finding])], skipped: Int, skippedFindings: [Finding]) {
        var reports: [(Report, [Finding])] = []
        var skipped = 0
        var skippedFindings: [Finding] = []
        let validator = ReportValidator()
        for input in inputs {
            guard let data = try? Data(contentsOf: input.url), let text = String(data: data, encoding: .utf8) else {
                skipped += 1
                skippedFindings.append(Finding(rule: "unreadable-input", severity: .error, file: input.path,
                                               location: SourceLocation(line: 1, column: 1), message: "无法读取或解码该文件"))
                continue
            }
            let outcome = ReportParser(source: input.path, format: "text").parse(text: text)
            guard let report = outcome.report else {
                skipped += 1
                skippedFindings += outcome.findings
                continue
            }
            reports.append((report, outcome.findings + validator.validate(report)))
        }
        // Duplicates and carry-over need every report: one copy per agency and year is published.
        let cross = CrossReportValidator.validate(reports.map(\.0))
        let kept = cross.kept.map { i in (reports[i].0, reports[i].1 + (cross.findings[i] ?? [])) }
        return (kept, skipped, skippedFindings)
    }

    static func order(_ a: Finding, _ b: Finding) -> Bool {
        if a.file != b.file { return a.file.utf8.lexicographicallyPrecedes(b.file.utf8) }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        return a.rule < b.rule
    }
}
