import Foundation
import GXBuild
import GXReport

/// The findings of `gxsite check`, per report and for inputs that could not be published.
public struct CheckResult: Sendable {
    /// Every published report with its findings.
    public var reports: [ReportEntry]
    /// Inputs skipped (unreadable, not a report).
    public var skipped: Int
    /// Every finding, sorted by file, line and column.
    public var findings: [Finding]
    /// Findings of skipped inputs.
    public var skippedFindings: [Finding]
    /// Findings about the config file itself (accepted findings that match no report).
    public var configFindings: [Finding] = []

    /// The JSON form: per report its id, status and findings; skipped inputs apart.
    /// Findings about the config file, when there are any, under `config`.
    public func json() -> String {
        var pairs: [(String, JSONValue)] = [
            ("generator", .string(SiteBuilder.generator)),
            ("reports", .array(reports.map { e in
                .object([
                    ("id", .string(e.id)), ("source", .string(e.report.source)), ("status", .string(e.status.rawValue)),
                    ("findings", .array(e.findings.map(ReportJSON.finding))),
                ])
            })),
            ("skipped", .array(skippedFindings.map(ReportJSON.finding))),
        ]
        if !configFindings.isEmpty { pairs.append(("config", .array(configFindings.map(ReportJSON.finding)))) }
        return JSONValue.object(pairs).serialized()
    }
}

/// Runs load → parse → validate without writing anything.
public struct SiteChecker: Sendable {
    /// The content folder.
    public var content: URL

    /// The config: aliases and accepted findings apply to the check as to the build.
    public var config: SiteConfig

    /// Creates a checker.
    public init(content: URL, config: SiteConfig = SiteConfig()) {
        self.content = content
        self.config = config
    }

    /// Checks every input.
    public func check() throws -> CheckResult {
        let inputs = try ContentLoader.inputs(in: content)
        let load = ParseStep.parseAll(inputs, jobs: Parallel.defaultJobs, config: config)
        let site = SiteModel(entries: load.reports, config: config)
        let all = (load.skippedFindings + site.entries.flatMap(\.findings)).sorted(by: SiteBuilder.order)
        return CheckResult(reports: site.entries.sorted { $0.report.source.utf8.lexicographicallyPrecedes($1.report.source.utf8) },
                           skipped: load.skipped, findings: all, skippedFindings: load.skippedFindings,
                           configFindings: load.configFindings)
    }
}
