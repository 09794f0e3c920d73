import ArgumentParser
import Foundation
import GXReport
import GXSite

/// `gxsite build`: reads every report, validates it and writes the site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from the content folder.",
        discussion: "Exit codes: 0 site written; 1 site written but some inputs were skipped; 2 nothing written."
    )

    @Option(help: "The folder of reports.")
    var content = "Content"

    @Option(help: "The folder to write the site to.")
    var output = "Site"

    @Option(help: "A theme folder whose templates override the default theme's, file by file.")
    var theme: String?

    @Option(name: .customLong("base-url"), help: "The public URL the site is served from (for canonical links).")
    var baseURL: String?

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        func resolve(_ path: String) -> URL { URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL }
        let defaultTheme = resolve("Themes/default")
        var themes = [defaultTheme]
        if let theme {
            let custom = resolve(theme)
            themes = custom == defaultTheme ? [custom] : [custom, defaultTheme]
            if !FileManager.default.fileExists(atPath: defaultTheme.path) { themes = [custom] }
        }
        let options = BuildOptions(content: resolve(content), output: resolve(output), themeDirectories: themes, baseURL: baseURL)
        let summary: BuildSummary
        do {
            summary = try SiteBuilder(options: options).build()
        } catch let error as BuildError {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
        Diagnostics.print(summary.findings, contentPrefix: content)
        print(CLIMessages.buildSummary(summary))
        if summary.skipped > 0 { throw ExitCode(1) }
    }
}
