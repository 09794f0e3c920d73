import ArgumentParser
import Foundation
import GXPortal

/// `gxsite verify DIR`: checks a deployed copy against the manifest the build wrote.
struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a deployed site against its manifest.json and name every missing, extra or changed file.",
        discussion: "Exit codes: 0 intact; 1 differences found; 2 could not run."
    )

    @Argument(help: "The deployed site folder (default: Site).")
    var folder = "Site"

    func run() throws {
        let url = URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        let report: SiteVerifier.Report
        do {
            report = try SiteVerifier(folder: url).verify()
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
        var out = ""
        for path in report.missing { out += "missing: \(path)\n" }
        for path in report.extra { out += "extra: \(path)\n" }
        for path in report.changed { out += "changed: \(path)\n" }
        out += CLIMessages.verifySummary(report)
        print(out)
        if !report.isIntact { throw ExitCode(1) }
    }
}
