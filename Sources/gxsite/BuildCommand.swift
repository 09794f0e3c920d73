import ArgumentParser
import Foundation
import GXReport
import GXPortal
import GXBuild

/// `gxsite build`: reads every report, validates it and writes the site.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from the content folder.",
        discussion: "Exit codes: 0 site written; 1 site written but some inputs were skipped; 2 nothing written."
    )

    @OptionGroup var common: CommonOptions

    @OptionGroup var site: OutputOptions

    @Option(name: .customLong("base-url"), help: "The public URL the site is served from (for sitemap, feed and canonical links).")
    var baseURL: String?

    @Option(help: "Worker threads of each parallel stage (default: one per core); 1 runs the whole build on one thread. Output is identical whatever the number.")
    var jobs: Int?

    @Flag(help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Print the time of each build phase and of cmark-gfm.")
    var timings = false

    @Flag(help: "Ignore the incremental cache (.gxsite-cache beside the output): parse, render and write everything.")
    var clean = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let config = try common.loadConfig()
        let base = baseURL ?? config.baseURL
        var options = site.buildOptions(common, config: config, baseURL: base, jobs: jobs)
        options.clean = clean
        options.search = try site.searchIndexer(common)
        if !quiet {
            let display = ProgressDisplay()
            options.progress = { display.show($0) }
        }
        let summary: BuildSummary
        do {
            summary = try SiteBuilder(options: options).build()
        } catch let error as BuildFailure {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
        // Warnings stay on the dashboard and in `gxsite check`; a build shows what blocks trust: errors.
        Diagnostics.print(summary.findings.filter { $0.severity == .error && !$0.isAccepted }, contentPrefix: common.contentPath(config))
        // Stale acceptances that match no report are on no page: they are printed, against the config file.
        if !summary.configFindings.isEmpty { Diagnostics.print(summary.configFindings, contentPrefix: "") }
        if !quiet {
            if base == nil { Diagnostics.warning(CLIMessages.noBaseURL) }
            if site.searchMissing(options.search) { Diagnostics.warning(CLIMessages.noPagefind) }
            print(CLIMessages.buildSummary(summary))
        }
        if timings { print(CLIMessages.timings(summary)) }
        if summary.skipped > 0 { throw ExitCode(1) }
    }
}

/// Options shared by every command: where the content and the config are.
struct CommonOptions: ParsableArguments {
    @Option(help: "The folder of reports (default: Content).")
    var content: String?

    @Option(help: "The config file (default: gxsite.toml in the working directory, when present).")
    var config: String?

    var cwd: URL { URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }

    /// A path relative to the working directory.
    func resolve(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: cwd).standardizedFileURL
    }

    /// The content folder as given: the flag, else the config, else `Content`.
    func contentPath(_ config: SiteConfig) -> String {
        content ?? config.content ?? "Content"
    }

    /// Theme folders in the order a template or asset is looked for: the flag's, the config's, `./Themes/default` when it
    /// exists; the theme built into gxsite answers last (`Theme`).
    func themeDirectories(flag: String?, config: String?) -> [URL] {
        var folders: [URL] = []
        for path in [flag, config].compactMap({ $0 }) where !folders.contains(resolve(path)) { folders.append(resolve(path)) }
        let local = resolve("Themes/default")
        if !folders.contains(local), FileManager.default.fileExists(atPath: local.path) { folders.append(local) }
        return folders
    }

    /// The config named by --config, else ./gxsite.toml when it exists, else the defaults.
    func loadConfig() throws -> SiteConfig {
        let url = resolve(config ?? "gxsite.toml")
        guard config != nil || FileManager.default.fileExists(atPath: url.path) else { return SiteConfig() }
        do {
            return try SiteConfig.load(url)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
    }
}
