import Foundation
import GXReport
import GXPortal

/// Every user-facing line of the CLI, in one place.
enum CLIMessages {
    static func more(_ n: Int) -> String { "… and \(n) more" }

    static func serving(port: UInt16) -> String { "Serving on http://127.0.0.1:\(port)/ (Ctrl-C to stop); watching content, theme and config for changes." }

    static func noHTTPServer(_ path: String) -> String {
        "cannot serve: the HTTP server gxsite-http is not at \(path) (build it with `swift build --product gxsite-http`, or install both with `make install`)"
    }

    static func initExists(_ path: String) -> String { "cannot init: \(path) exists; nothing was written" }

    static func initFailed(_ path: String, reason: String) -> String { "cannot init \(path): \(reason)" }

    static func initDone(_ path: String, relative: String) -> String {
        let cd = relative == "." ? "" : "  cd \(relative)\n"
        return """
        Created a portal in \(path): gxsite.toml (every key, commented), roster.toml (an example) and Content/.
        Next:
        \(cd)  # put the reports into Content/, then
          gxsite build      # writes the site into Site/
          gxsite serve      # or: build, serve on http://127.0.0.1:8000/ and rebuild on every change
        """
    }

    static let rebuilding = "Change detected; rebuilding."

    static func fileNotFound(_ path: String) -> String { "file not found: \(path)" }

    static func verifySummary(_ r: SiteVerifier.Report) -> String {
        r.isIntact
            ? "Verified \(r.checked) files: intact."
            : "Verified \(r.checked) files: \(r.missing.count) missing, \(r.extra.count) extra, \(r.changed.count) changed."
    }

    static func timings(_ s: BuildSummary) -> String {
        s.phases.map { String(format: "%@ %.3f s", $0.0, $0.1) }.joined(separator: "; ")
            + String(format: "; cmark-gfm %.3f s; text reuse %.3f s", s.markdownSeconds, s.reuseSeconds)
            + " (\(s.reuseCompared) of \(s.reports) reports compared)"
            + "; inputs parsed \(s.parsedInputs); pages reused \(s.reusedPages); files written \(s.diskWrites)"
    }

    static let noBaseURL = "no --base-url given: sitemap.xml and feed.xml are skipped"

    static let noPagefind = "Pagefind not found, so the site is built without a search index: install it with `pip install pagefind-bin-extended` (then pagefind_extended must be on PATH), or set GXSITE_PAGEFIND to its path; from the repository, scripts/ensure-deps.sh puts it in .venv and `make install` installs it beside gxsite"

    /// `N errors, M warnings`, counting what the office has not accepted, then `, K accepted` when any are.
    static func counts(_ findings: [Finding]) -> String {
        let errors = findings.count { $0.severity == .error && !$0.isAccepted }
        let warnings = findings.count { $0.severity == .warning && !$0.isAccepted }
        let accepted = findings.count(where: \.isAccepted)
        return "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            + (accepted > 0 ? ", \(accepted) accepted" : "")
    }

    static func buildSummary(_ s: BuildSummary) -> String {
        if s.unchanged {
            return "Nothing changed since the last build: \(s.reports) report\(s.reports == 1 ? "" : "s"), \(s.pages) pages (\(s.files) files) "
                + "left as they are (\(String(format: "%.2f", s.seconds)) s); \(counts(s.findings))."
        }
        return "Built \(s.reports) report\(s.reports == 1 ? "" : "s"), wrote \(s.pages) pages (\(s.files) files) in \(String(format: "%.2f", s.seconds)) s; "
            + "\(s.skipped) input\(s.skipped == 1 ? "" : "s") skipped; \(counts(s.findings))."
    }

    static func checkSummary(_ r: CheckResult) -> String {
        "Checked \(r.reports.count) report\(r.reports.count == 1 ? "" : "s"): \(counts(r.findings)); \(r.skipped) input\(r.skipped == 1 ? "" : "s") skipped."
    }
}
