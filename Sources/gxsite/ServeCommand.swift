import ArgumentParser
import Foundation
import GXSite

/// `gxsite serve`: builds, serves the site on 127.0.0.1, rebuilds when content or theme change, reloads open pages.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve the site on 127.0.0.1 and rebuild on every change to the content or the theme."
    )

    @OptionGroup var common: CommonOptions

    @OptionGroup var site: OutputOptions

    @Option(help: "The port to listen on.")
    var port: UInt16 = 8000

    @Option(help: "Seconds between checks for changes.")
    var interval: Double = 1

    func run() throws {
        // A parent that blocks signals (a thread pool's worker, say) passes its mask on; Ctrl-C and SIGTERM must stop us.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &signals, nil)
        let config = try common.loadConfig()
        var options = site.buildOptions(common, config: config, baseURL: nil)
        options.search = try site.searchIndexer(common)
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
        let server = StaticServer(root: options.output, port: port)
        do {
            try server.start()
        } catch {
            Diagnostics.error("\(error)")
            throw ExitCode(2)
        }
        print(CLIMessages.serving(port: port))
        fflush(nil)
        let watched = [options.content] + options.themeDirectories
        var last = Self.signature(of: watched)
        while true {
            Thread.sleep(forTimeInterval: interval)
            let now = Self.signature(of: watched)
            guard now != last else { continue }
            last = now
            print(CLIMessages.rebuilding)
            if build() { server.bumpVersion() }
            fflush(nil)
        }
    }

    /// Path, size and modification time of every file under the folders: a change to any of them means rebuild.
    static func signature(of folders: [URL]) -> [String] {
        var entries: [String] = []
        for folder in folders {
            guard let e = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey]) else { continue }
            for case let url as URL in e {
                let v = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                entries.append("\(url.path)|\(v?.fileSize ?? -1)|\(v?.contentModificationDate?.timeIntervalSince1970 ?? 0)")
            }
        }
        return entries.sorted()
    }
}
