import ArgumentParser
import Foundation
import GXReport
import GXPortal
import GXBuild

/// `gxsite check`: validates every report without writing a site.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate every report and print the findings.",
        discussion: "Exit codes: 0 no error findings; 1 error findings; 2 could not run."
    )

    /// Output formats of `check`.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var common: CommonOptions

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() throws {
        let config = try common.loadConfig()
        let content = common.contentPath(config)
        let url = common.resolve(content)
        let result: CheckResult
        do {
            result = try SiteChecker(content: url, config: config).check()
        } catch let error as BuildError {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
        switch format {
        case .text:
            Diagnostics.print(result.findings, contentPrefix: content)
            if !result.configFindings.isEmpty { Diagnostics.print(result.configFindings, contentPrefix: "") }
            print(CLIMessages.checkSummary(result))
        case .json:
            print(result.json(), terminator: "")
        }
        // An error the office has accepted (已说明) no longer fails the check.
        if result.findings.contains(where: { $0.severity == .error && !$0.isAccepted }) { throw ExitCode(1) }
    }
}
