import ArgumentParser
import Foundation
import GXPortal

/// Options of the commands that write a site (`build`, `serve`): where to, and with which theme.
struct OutputOptions: ParsableArguments {
    @Option(help: "The folder to write the site to (default: Site).")
    var output: String?

    @Option(help: "A theme folder whose templates override the default theme's, file by file.")
    var theme: String?

    @Flag(name: .customLong("no-search"), help: "Build without the search index (do not run Pagefind).")
    var noSearch = false

    /// Build options from the flags, then the config, then the defaults.
    func buildOptions(_ common: CommonOptions, config: SiteConfig, baseURL: String?, jobs: Int? = nil) -> BuildOptions {
        BuildOptions(content: common.resolve(common.contentPath(config)),
                     output: common.resolve(output ?? config.output ?? "Site"),
                     themeDirectories: common.themeDirectories(flag: theme, config: config.theme),
                     baseURL: baseURL, jobs: jobs, config: config)
    }

    /// Pagefind for the build: nil with --no-search, or when it is not found (the caller warns once).
    /// A `GXSITE_PAGEFIND` naming no executable file is an error: exit 2.
    func searchIndexer(_ common: CommonOptions) throws -> SearchIndexer? {
        guard !noSearch else { return nil }
        do {
            return try SearchIndexer.locate(environment: ProcessInfo.processInfo.environment, workingDirectory: common.cwd,
                                           installed: Companions.pagefindFolders)
        } catch {
            Diagnostics.error(error.description)
            throw ExitCode(2)
        }
    }

    /// True when search was asked for but Pagefind is missing.
    func searchMissing(_ search: SearchIndexer?) -> Bool { !noSearch && search == nil }
}
