import Foundation
import GXBuild

/// The first step: lists the content folder, reads the theme and the build cache, and keys the build, so that a build
/// with nothing to do ends here.
struct LoadStep {
    /// What the load found: the inputs, the theme, the cache's record of the last build and this build's key.
    final class Loaded {
        let options: BuildOptions
        let start: Date
        let listing: ContentLoader.Listing
        /// The inputs and every other file of the content folder: what the build key covers.
        let watched: [InputFile]
        let theme: Theme
        let cache: BuildCache
        /// The last build's record, when the cache holds one for this gxsite.
        let recorded: BuildCache.State?
        let manifestPath: String
        /// Whether the published site is the one the cache describes.
        var liveTrusted: Bool
        /// Whether inputs are hashed as they are parsed (see `LoadStep.run`); their digests are then not known yet.
        let hashWhileParsing: Bool
        /// Each watched file's SHA-256 by its path, as far as known.
        var knownDigests: [String: String]
        /// The path part of the base URL, where the error pages find the site's root.
        let rootForErrors: String
        /// What every key of the site's output starts from: gxsite, the theme, the settings.
        let seed: String
        /// What the build key adds to the seed besides the inputs: the search indexer and LibreOffice's version.
        let extras: [String]
        /// The build's key: empty until the inputs' digests are known.
        var key: String

        init(options: BuildOptions, start: Date, listing: ContentLoader.Listing, watched: [InputFile], theme: Theme,
             cache: BuildCache, recorded: BuildCache.State?, hashWhileParsing: Bool, knownDigests: [String: String],
             seed: String, extras: [String]) {
            self.options = options
            self.start = start
            self.listing = listing
            self.watched = watched
            self.theme = theme
            self.cache = cache
            self.recorded = recorded
            let manifestPath = options.output.standardizedFileURL.appendingPathComponent("manifest.json").path
            self.manifestPath = manifestPath
            // The published site is the one the cache describes only while its manifest is the file that build wrote.
            self.liveTrusted = recorded.map { $0.liveManifest != nil && $0.liveManifest == FileStamp.of(manifestPath) } ?? false
            self.hashWhileParsing = hashWhileParsing
            self.knownDigests = knownDigests
            self.rootForErrors = SiteBuilder.rootPath(of: options.baseURL)
            self.seed = seed
            self.extras = extras
            self.key = ""
            if !hashWhileParsing { key = buildKey() }
        }

        /// The digest of everything the site is made from: the seed, the extras and every watched file's path and bytes.
        func buildKey() -> String {
            BuildCache.digest([seed] + extras + watched.flatMap { [$0.path, knownDigests[$0.path] ?? ""] })
        }

        /// The last build's summary when it was made from exactly this build's inputs and its site is still published.
        func unchanged() -> BuildSummary? {
            guard !options.clean, let recorded, liveTrusted, recorded.key == key, let findings = recorded.recordedFindings() else {
                return nil
            }
            var summary = BuildSummary(reports: recorded.reports, pages: recorded.pages, files: recorded.files, skipped: recorded.skipped,
                                       findings: findings.findings, seconds: 0)
            summary.configFindings = findings.config
            summary.unchanged = true
            return summary
        }
    }

    let options: BuildOptions

    /// Lists the inputs, loads the theme and the cache's record, and keys the build.
    func run(start: Date) throws -> Loaded {
        // Templates are parsed while the content folder is listed and the cache read: neither waits for the other.
        let themeLoad = Background(jobs: options.jobs) { [directories = options.themeDirectories] in
            Result { try Theme(directories: directories) }
        }
        let listing: ContentLoader.Listing
        do {
            listing = try ContentLoader.list(options.content, jobs: options.jobs)
        } catch {
            // A broken theme is reported before missing content, whichever of the two is found first.
            _ = try themeLoad.wait().get()
            throw error
        }
        let cache = BuildCache(output: options.output)
        // Read even for --clean: what the published site holds becomes the next spare folder's list.
        let recorded = cache.load(generator: SiteBuilder.generator)
        // A first or --clean build hashes each input from the bytes it parses rather than reading every input twice: its
        // key is not needed before the reports are parsed, as no build can be skipped and no parse is taken from a cache.
        let hashWhileParsing = options.clean || (recorded == nil && FileStamp.of(cache.parsedPath) == nil)
        let watched = listing.inputs + listing.others
        let digests = BuildCache.digests(of: hashWhileParsing ? listing.others : watched,
                                         previous: options.clean ? nil : recorded, jobs: options.jobs)
        let theme = try themeLoad.wait().get()
        let seed = BuildCache.digest([SiteBuilder.generator, SiteBuilder.executableStamp, theme.fingerprint,
                                      ContextDigest.canonical(options.config), options.baseURL ?? "",
                                      SiteBuilder.rootPath(of: options.baseURL), String(options.pageSize)])
        let search = options.search.map { "search " + $0.executable.path } ?? "no search"
        // Whether LibreOffice is there decides what legacy inputs give: installing or upgrading it builds such a site again.
        let converterStamp = listing.inputs.contains { LegacyConverter.reads($0.path) } ? [options.converter.stamp] : []
        return Loaded(options: options, start: start, listing: listing, watched: watched, theme: theme, cache: cache,
                      recorded: recorded, hashWhileParsing: hashWhileParsing, knownDigests: digests, seed: seed,
                      extras: [search] + converterStamp)
    }
}
