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
    /// Worker threads; output is identical whatever the number.
    public var jobs: Int
    /// The portal's settings (title, organiser, licence, regions …).
    public var config: SiteConfig
    /// Called from worker threads as reports are parsed and pages written.
    public var progress: (@Sendable (BuildProgress) -> Void)?

    /// Creates options.
    public init(content: URL, output: URL, themeDirectories: [URL], baseURL: String? = nil, jobs: Int? = nil, config: SiteConfig = SiteConfig()) {
        self.config = config
        self.content = content
        self.output = output
        self.themeDirectories = themeDirectories
        self.baseURL = baseURL
        self.jobs = jobs ?? Parallel.defaultJobs
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
    /// Wall-clock seconds per phase, in order: load, parse, index, write, commit.
    public var phases: [(String, Double)] = []
    /// Seconds spent inside cmark-gfm, summed over threads.
    public var markdownSeconds: Double = 0
    /// Findings about the config file itself (accepted findings that match no report), against its name.
    public var configFindings: [Finding] = []
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
        var phases: [(String, Double)] = []
        var mark = start
        func phase(_ name: String) {
            let now = Date()
            phases.append((name, now.timeIntervalSince(mark)))
            mark = now
        }
        let theme = try Theme(directories: options.themeDirectories)
        let inputs = try ContentLoader.inputs(in: options.content)
        phase("load")
        let load = Self.parseAll(inputs, jobs: options.jobs, progress: options.progress, config: options.config)
        phase("parse")
        let site = SiteModel(entries: load.reports, config: options.config, earlier: load.earlier)
        phase("index")
        let writer = try OutputWriter(output: options.output)
        do {
            let pages = try SitePages(site: site, theme: theme, writer: writer, info: SiteInfo(config: options.config, generator: Self.generator,
                                                     rootForErrors: Self.rootPath(of: options.baseURL)),
                                      content: options.content, jobs: options.jobs, progress: options.progress)
            try pages.writeAll()
            try pages.writeFeeds(baseURL: options.baseURL)
            phase("write")
            try writer.commit(generator: Self.generator)
            phase("commit")
            let findings = (load.skippedFindings + site.entries.flatMap(\.findings)).sorted(by: Self.order)
            return BuildSummary(reports: site.entries.count, pages: pages.htmlPages, files: writer.written.count,
                                skipped: load.skipped, findings: findings, seconds: Date().timeIntervalSince(start),
                                phases: phases, markdownSeconds: pages.markdownClock.seconds, configFindings: load.configFindings)
        } catch {
            writer.discard()
            throw error
        }
    }

    /// Reads, parses and validates every input; returns publishable reports and what was skipped.
    /// `earlier` holds the superseded versions of corrected reports, by the current report's source;
    /// `configFindings` the stale acceptances that match no report.
    static func parseAll(_ inputs: [InputFile], jobs: Int, progress: (@Sendable (BuildProgress) -> Void)? = nil,
                         config: SiteConfig = SiteConfig())
        -> (reports: [(Report, [Finding])], skipped: Int, skippedFindings: [Finding],
            earlier: [String: [(Report, [Finding])]], configFindings: [Finding]) {
        let validator = ReportValidator()
        let counter = ProgressCounter(phase: "parse", total: inputs.count, report: progress)
        let aliases = config.aliases
        let outcomes = Parallel.map(inputs, jobs: jobs) { input -> ParseOutcome in
            var outcome = InputReader.read(input)
            if var report = outcome.report {
                // An alias becomes the agency's full name before any rule looks at the name.
                aliases.apply(to: &report)
                outcome.report = report
                outcome.findings += validator.validate(report)
            }
            counter.tick()
            return outcome
        }
        var reports: [(Report, [Finding])] = []
        var skipped = 0
        var skippedFindings: [Finding] = []
        for outcome in outcomes {
            guard let report = outcome.report else {
                skipped += 1
                skippedFindings += outcome.findings
                continue
            }
            reports.append((report, outcome.findings))
        }
        // Duplicates, corrections and carry-over need every report: one copy per agency and year is published.
        let cross = CrossReportValidator.validate(reports.map(\.0))
        var kept = cross.kept.map { i in (reports[i].0, reports[i].1 + (cross.findings[i] ?? [])) }
        let earlier = Dictionary(uniqueKeysWithValues: cross.earlierVersions.map { i, versions in
            (reports[i].0.source, versions.map { reports[$0] })
        })
        let configFindings = Acceptance.apply(config.acceptances, to: &kept, configName: config.fileName)
        return (kept, skipped, skippedFindings, earlier, configFindings)
    }

    /// The path part of the base URL ending in "/" (`https://x.gov.cn/nianbao` → `/nianbao/`), "/" when unknown.
    static func rootPath(of baseURL: String?) -> String {
        guard let baseURL, let url = URL(string: baseURL) else { return "/" }
        let path = url.path.isEmpty ? "/" : url.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    static func order(_ a: Finding, _ b: Finding) -> Bool {
        if a.file != b.file { return a.file.utf8.lexicographicallyPrecedes(b.file.utf8) }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        return a.rule < b.rule
    }
}
