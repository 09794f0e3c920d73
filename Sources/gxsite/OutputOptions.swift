import ArgumentParser
import Foundation
import GXSite

/// Options of the commands that write a site (`build`, `serve`): where to, and with which theme.
struct OutputOptions: ParsableArguments {
    @Option(help: "The folder to write the site to (default: Site).")
    var output: String?

    @Option(help: "A theme folder whose templates override the default theme's, file by file.")
    var theme: String?

    /// Build options from the flags, then the config, then the defaults.
    func buildOptions(_ common: CommonOptions, config: SiteConfig, baseURL: String?, jobs: Int? = nil) -> BuildOptions {
        BuildOptions(content: common.resolve(common.contentPath(config)),
                     output: common.resolve(output ?? config.output ?? "Site"),
                     themeDirectories: common.themeDirectories(theme ?? config.theme),
                     baseURL: baseURL, jobs: jobs, config: config)
    }
}
