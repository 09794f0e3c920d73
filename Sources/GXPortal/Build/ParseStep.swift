import Foundation
import GXBuild
import GXReport

/// The second step: reads, parses and validates every input, taking unchanged ones from the parse cache, and starts
/// saving the parse cache for the next build.
struct ParseStep {
    /// What parsing gave, with what the later steps need of the caches.
    final class Parsed {
        let loaded: LoadStep.Loaded
        let inputs: ParsedInputs
        /// Each input's parse key by its path.
        let parseKeys: [String: String]
        /// How many inputs were parsed rather than taken from the cache.
        let parsedInputs: Int
        /// The last build's file lists, when the cache holds them.
        let state: BuildCache.State?
        /// The published site's data lines, read in the background for an edit's rebuild.
        let publishedData: Background<PublishedLines>?
        /// The parse cache being saved in the background; its failure is reported at the commit.
        let parseCacheSaved: Background<Result<Void, Error>>
        let slugs: SlugPrefetch
        let transliterationStamp: String
        let narratives: NarrativeStore
        /// The LibreOffice converter, keeping converted files beside the caches.
        let converter: LegacyConverter

        init(loaded: LoadStep.Loaded, inputs: ParsedInputs, parseKeys: [String: String], parsedInputs: Int,
             state: BuildCache.State?, publishedData: Background<PublishedLines>?,
             parseCacheSaved: Background<Result<Void, Error>>, slugs: SlugPrefetch, transliterationStamp: String,
             narratives: NarrativeStore, converter: LegacyConverter) {
            (self.loaded, self.inputs, self.parseKeys, self.parsedInputs) = (loaded, inputs, parseKeys, parsedInputs)
            (self.state, self.publishedData, self.parseCacheSaved) = (state, publishedData, parseCacheSaved)
            (self.slugs, self.transliterationStamp, self.narratives, self.converter) = (slugs, transliterationStamp, narratives, converter)
        }

        /// Waits for the work started in the background, after a failure: the next build (`serve` builds again in the
        /// same process) must not find it still writing the parse cache or reading the published site.
        func abandon() {
            parseCacheSaved.finish()
            publishedData?.finish()
        }
    }

    let loaded: LoadStep.Loaded

    /// Parses every input (or takes it from the cache), then keys the build if its inputs were hashed while parsed.
    func run() -> Parsed {
        let options = loaded.options, cache = loaded.cache, recorded = loaded.recorded
        // A rebuild needs the lists of files the published site and the spare folder hold, but only once pages are
        // written: they are read while the inputs are parsed.
        let files = Background(jobs: options.jobs) {
            recorded.flatMap { cache.loadFiles(of: $0, generator: SiteBuilder.generator, jobs: options.jobs, keepingLists: !options.clean) }
        }
        // Parses depend on the input and its sidecars (their digests key each record), on gxsite and on the aliases.
        let parseSeed = BuildCache.digest([SiteBuilder.generator, SiteBuilder.executableStamp, ContextDigest.canonical(options.config.aliases)])
        let parseCache = options.clean ? nil : ParseCache(path: cache.parsedPath, seed: parseSeed)
        let transliterationStamp = SiteBuilder.generator + " " + SiteBuilder.executableStamp
        let slugs = SlugPrefetch(jobs: options.jobs) { options.clean ? [:] : cache.loadTransliterations(stamp: transliterationStamp) }
        let inputs = loaded.listing.inputs
        let knownDigests = loaded.knownDigests
        let listedKeys = loaded.hashWhileParsing ? nil : Parallel.map(inputs, jobs: options.jobs) { SiteBuilder.parseKey($0.path, knownDigests) }
        let narratives = NarrativeStore(budget: options.narrativeBudget)
        let converter = legacyConverter()
        // The records for the next parse cache go to a spool beside the caches, not memory (a first build of a large
        // corpus would otherwise hold every one, compared texts included, until the cache is saved).
        let spool = Spool(folder: cache.folder.path)
        // Text reuse's memory of the last build is read while the inputs are parsed (and taken only if compared).
        let remembered = Background(jobs: options.jobs) { options.clean ? nil : cache.loadReuse(seed: parseSeed) }
        var state: BuildCache.State?
        var publishedData: Background<PublishedLines>?
        var parsed = Self.parseAll(inputs, jobs: options.jobs, progress: options.progress, config: options.config,
                                   cache: parseCache, keys: listedKeys,
                                   keying: { SiteBuilder.parseKey($0, sha256: $1, knownDigests) },
                                   narratives: narratives, slugs: slugs, converter: converter, spool: spool,
                                   remembering: { remembered.wait() }) {
            // The published data lines an edit's rebuild reuses are read while the reports are checked against each
            // other and indexed, which keep one core busy and leave the other idle.
            state = files.wait()
            publishedData = readPublishedData(state)
        }
        if loaded.hashWhileParsing {
            for (input, sha) in zip(inputs, parsed.digests) { loaded.knownDigests[input.path] = sha }
            loaded.key = loaded.buildKey()
        }
        let parseKeys = listedKeys ?? parsed.archives.map(\.key)
        if let converted = converter.store {
            let legacy = inputs.filter { LegacyConverter.reads($0.path) }
            LegacyConverter.prune(converted, keeping: Set(legacy.compactMap { loaded.knownDigests[$0.path] }))
        }
        // The parse cache is written while the site is built, since nothing else reads it; a failure is reported once
        // the output folder is known to be writable, so an unwritable one is reported as such. The encoded parses are
        // held by the writer alone, and freed once written.
        let parsedInputs = parsed.archives.count { $0.archive != nil }
        let parseCacheSaved = save(parsed, parseCache: parseCache, spool: spool, seed: parseSeed)
        parsed.archives = []
        parsed.reuseMemory = nil
        return Parsed(loaded: loaded, inputs: parsed, parseKeys: Dictionary(zip(inputs.map(\.path), parseKeys)) { first, _ in first },
                      parsedInputs: parsedInputs, state: state, publishedData: publishedData, parseCacheSaved: parseCacheSaved,
                      slugs: slugs, transliterationStamp: transliterationStamp, narratives: narratives, converter: converter)
    }

    /// Starts saving the parse cache and text reuse's memory for the next build, in the background.
    private func save(_ parsed: ParsedInputs, parseCache: ParseCache?, spool: Spool?, seed: String) -> Background<Result<Void, Error>> {
        let cache = loaded.cache
        return Background(jobs: loaded.options.jobs) { [archives = parsed.archives, reuse = parsed.reuseMemory] in
            Result {
                if parseCache?.holdsExactly(archives) != true {
                    try ParseCache.save(archives, spool: spool, carryingFrom: parseCache, seed: seed, to: cache.parsedPath)
                }
                try cache.saveReuse(reuse, seed: seed)
            }
        }
    }

    /// The build's LibreOffice converter: converted legacy inputs are kept beside the caches (emptied by --clean), for
    /// the pages made again later.
    private func legacyConverter() -> LegacyConverter {
        var converter = loaded.options.converter
        let converted = loaded.cache.folder.appendingPathComponent("converted")
        converter.store = converted
        if loaded.options.clean { try? FileManager.default.removeItem(at: converted) }
        return converter
    }

    /// Starts reading the published site's data lines, which an edit's rebuild reuses; nil when it cannot.
    private func readPublishedData(_ state: BuildCache.State?) -> Background<PublishedLines>? {
        guard loaded.liveTrusted, !loaded.options.clean, let state, !state.dataKeys.isEmpty else { return nil }
        let published = UncheckedSendable((state.live, state.dataKeys))
        let sources = SitePages.publishedDataSources(generator: SiteBuilder.generator)
        return Background(jobs: loaded.options.jobs) { [folder = loaded.options.output.standardizedFileURL.path] in
            PublishedLines.read(folder: folder, files: published.value.0, keys: published.value.1, sources: sources)
        }
    }
}
