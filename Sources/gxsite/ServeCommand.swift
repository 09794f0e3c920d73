import ArgumentParser
import Foundation
import GXPortal

/// `gxsite serve`: builds, serves the site on 127.0.0.1, rebuilds when content, theme or config change, reloads open pages.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site on 127.0.0.1 and rebuild on every change to the content, the theme or the config."
    )

    @OptionGroup var common: CommonOptions

    @OptionGroup var site: OutputOptions

    @Option(help: "The port to listen on.")
    var port: UInt16 = 8000

    @Option(help: "Seconds between checks for changes, where the system cannot report them.")
    var interval: Double = 1

    func run() throws {
        // A parent that blocks signals (a thread pool's worker, say) passes its mask on; Ctrl-C and SIGTERM must stop us.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        var options = try buildOptions()
        if site.searchMissing(options.search) { Diagnostics.warning(CLIMessages.noPagefind) }
        func build() -> Bool {
            do {
                let summary = try SiteBuilder(options: options).build()
                print(CLIMessages.buildSummary(summary))
                fflush(nil)
                return true
            } catch {
                Diagnostics.error("\(error)")
                return false
            }
        }
        guard build() else { throw ExitCode(2) }
        let server: SiteServer
        do {
            server = try SiteServer(root: options.output, port: port)
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(2)
        }
        print(CLIMessages.serving(port: port))
        fflush(nil)
        // The config is watched even when absent: writing one changes the site as editing it does.
        let configFile = common.resolve(common.config ?? "gxsite.toml")
        func watch(_ options: BuildOptions) -> FolderWatcher {
            FolderWatcher(folders: [options.content] + options.themeDirectories, files: [configFile], interval: interval)
        }
        var watcher = watch(options)
        while true {
            watcher.waitForChange()
            print(CLIMessages.rebuilding)
            // Read again: the config may be what changed, and may name other folders to build from and watch.
            if let reloaded = try? buildOptions() {
                if reloaded.content != options.content || reloaded.themeDirectories != options.themeDirectories {
                    watcher = watch(reloaded)
                }
                options = reloaded
                if build() { server.bumpVersion() }
            }
            fflush(nil)
        }
    }

    /// The build's options from the flags and the config as it is now; a config that does not load is reported.
    private func buildOptions() throws -> BuildOptions {
        let config = try common.loadConfig()
        var options = site.buildOptions(common, config: config, baseURL: nil)
        options.search = try site.searchIndexer(common)
        return options
    }
}
