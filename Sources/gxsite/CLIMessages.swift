import Foundation
import GXReport
import GXSite

/// Every user-facing line of the CLI, in one place.
enum CLIMessages {
    static func more(_ n: Int) -> String { "… and \(n) more" }

    static func buildSummary(_ s: BuildSummary) -> String {
        let errors = s.findings.count { $0.severity == .error }
        let warnings = s.findings.count { $0.severity == .warning }
        return "Built \(s.reports) report\(s.reports == 1 ? "" : "s"), wrote \(s.pages) pages (\(s.files) files) in \(String(format: "%.2f", s.seconds)) s; "
            + "\(s.skipped) input\(s.skipped == 1 ? "" : "s") skipped; \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")."
    }

    static func checkSummary(_ r: CheckResult) -> String {
        let errors = r.findings.count { $0.severity == .error }
        let warnings = r.findings.count { $0.severity == .warning }
        return "Checked \(r.reports.count) report\(r.reports.count == 1 ? "" : "s"): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s"); \(r.skipped) input\(r.skipped == 1 ? "" : "s") skipped."
    }
}
