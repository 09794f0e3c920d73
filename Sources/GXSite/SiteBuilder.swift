import Foundation
import GXMarkdown
import GXReport

/// What `gxsite build` is asked to do.
public struct BuildOptions: Sendable {
    /// The folder of reports.
    public var content: URL
    /// The folder the site is written to.
    public var output: URL
    /// Theme folders in precedence order: a custom theme first, the default last.
    public var themeDirectories: [URL]
    /// The public URL of the site, for canonical links; nil keeps every link relative only.
    public var baseURL: String?
    /// Worker threads; output is identical whatever the number.
    public var jobs: Int
    /// The portal's settings (title, organiser, licence, regions …).
    public var config: SiteConfig
    /// Runs Pagefind over the built site before it is swapped in; nil builds without a search index.
    public var search: SearchIndexer?
    /// Called from worker threads as reports are parsed and pages written.
    public var progress: (@Sendable (BuildProgress) -> Void)?
    /// Ignore the incremental cache: parse, render and write everything.
    public var clean = false
    /// Rows an index page holds at most; tests lower it to see pagination on small sites.
    var pageSize = Pager.size
    /// Bytes of report narratives kept from parsing for the report pages; tests set 0 to read every input again.
    var narrativeBudget = NarrativeStore.defaultBudget
    /// Converts .doc, .wps, .rtf and .odt inputs (LibreOffice as `GXSITE_SOFFICE` or PATH give it); tests set their own.
    var converter = LegacyConverter()

    /// Creates options.
    public init(content: URL, output: URL, themeDirectories: [URL], baseURL: String? = nil, jobs: Int? = nil, config: SiteConfig = SiteConfig()) {
        self.config = config
        self.content = content
        self.output = output
        self.themeDirectories = themeDirectories
        self.baseURL = baseURL
        self.jobs = jobs ?? Parallel.defaultJobs
    }
}

/// What a build did, for the CLI's summary and exit code.
public struct BuildSummary: Sendable {
    /// Reports published.
    public var reports: Int
    /// HTML pages written.
    public var pages: Int
    /// Files written in all.
    public var files: Int
    /// Input files that could not be published.
    public var skipped: Int
    /// Every finding, of published and skipped inputs, sorted by file, line, column.
    public var findings: [Finding]
    /// Wall-clock seconds.
    public var seconds: Double
    /// Wall-clock seconds per phase, in order: load, parse, index, write, search (when on), commit.
    public var phases: [(String, Double)] = []
    /// Seconds spent inside cmark-gfm, summed over threads.
    public var markdownSeconds: Double = 0
    /// True when nothing had changed since the last build, so nothing was done.
    public var unchanged = false
    /// Pages taken from the last build because what they are rendered from had not changed.
    public var reusedPages = 0
    /// Files actually written to disk (the others were already in place).
    public var diskWrites = 0
    /// Inputs read and parsed; the others were taken from the last build's parse cache.
    public var parsedInputs = 0
    /// Files of the search index (`pagefind/`); 0 when built without search.
    public var searchFiles = 0
    /// Findings about the config file itself (accepted findings that match no report), against its name.
    public var configFindings: [Finding] = []
}

/// Runs the pipeline: load → parse → validate → compose Markdown → render HTML → index → write.
public struct SiteBuilder: Sendable {
    /// The generator name written into pages and data.
    public static let generator = "gxsite 0.1.0"

    /// The options this builder runs with.
    public var options: BuildOptions

    /// Creates a builder.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Builds the site; throws `BuildError` for environment problems, collects content problems as findings.
    public func build() throws -> BuildSummary {
        let start = Date()
        var phases: [(String, Double)] = []
        var mark = start
        func phase(_ name: String) {
            let now = Date()
            phases.append((name, now.timeIntervalSince(mark)))
            mark = now
        }
        // Templates are parsed while the content folder is listed and the cache read: a seventh of a build with nothing to do.
        let themeLoad = Background(jobs: options.jobs) { [directories = options.themeDirectories] in
            Result { try Theme(directories: directories) }
        }
        let listing: ContentLoader.Listing
        do {
            listing = try ContentLoader.list(options.content, jobs: options.jobs)
        } catch {
            // A broken theme is reported before missing content, as when the two were read one after the other.
            _ = try themeLoad.wait().get()
            throw error
        }
        let cache = BuildCache(output: options.output)
        // Read even for --clean: what the published site holds becomes the next spare folder's list.
        let recorded = cache.load(generator: Self.generator)
        let manifestPath = options.output.standardizedFileURL.appendingPathComponent("manifest.json").path
        // The published site is the one the cache describes only while its manifest is the file that build wrote.
        var liveTrusted = recorded.map { $0.liveManifest != nil && $0.liveManifest == FileStamp.of(manifestPath) } ?? false
        let watched = listing.inputs + listing.others
        // A first or --clean build hashes each input from the bytes it parses rather than reading every input twice (2 s
        // of kernel time at 100,000 cached reports, seconds of waiting for the disk when they are not): its key is not
        // needed before the reports are parsed, as no build can be skipped and no parse is taken from a cache.
        let hashWhileParsing = options.clean || (recorded == nil && FileStamp.of(cache.parsedPath) == nil)
        var knownDigests = BuildCache.digests(of: hashWhileParsing ? listing.others : watched,
                                              previous: options.clean ? nil : recorded, jobs: options.jobs)
        let rootForErrors = Self.rootPath(of: options.baseURL)
        let theme = try themeLoad.wait().get()
        let seed = BuildCache.digest([Self.generator, Self.executableStamp, theme.fingerprint, ContextDigest.canonical(options.config),
                                      options.baseURL ?? "", rootForErrors, String(options.pageSize)])
        let search = options.search.map { "search " + $0.executable.path } ?? "no search"
        // Whether LibreOffice is there decides what legacy inputs give: installing or upgrading it builds such a site again.
        let converterStamp = listing.inputs.contains { LegacyConverter.reads($0.path) } ? [options.converter.stamp] : []
        func buildKey() -> String {
            BuildCache.digest([seed, search] + converterStamp + watched.flatMap { [$0.path, knownDigests[$0.path] ?? ""] })
        }
        var key = hashWhileParsing ? "" : buildKey()
        phase("load")
        if !options.clean, let recorded, liveTrusted, recorded.key == key, let findings = recorded.recordedFindings() {
            // What killed builds left beside the output goes even when there is nothing to build (a build killed after
            // its commit leaves nothing to do, but may leave an older killed build's staging folder).
            OutputWriter.removeStale(beside: options.output.standardizedFileURL)
            var summary = BuildSummary(reports: recorded.reports, pages: recorded.pages, files: recorded.files, skipped: recorded.skipped,
                                       findings: findings.findings, seconds: Date().timeIntervalSince(start), phases: phases)
            summary.configFindings = findings.config
            summary.unchanged = true
            return summary
        }
        // A rebuild needs the lists of files the published site and the spare folder hold, but only once pages are
        // written: they are read while the inputs are parsed.
        let files = Background(jobs: options.jobs) { [options] in
            recorded.flatMap { cache.loadFiles(of: $0, generator: Self.generator, jobs: options.jobs, keepingLists: !options.clean) }
        }
        // Parses depend on the input and its sidecars (their digests key each record), on gxsite and on the aliases.
        let parseSeed = BuildCache.digest([Self.generator, Self.executableStamp, ContextDigest.canonical(options.config.aliases)])
        let parsed = options.clean ? nil : ParseCache(path: cache.parsedPath, seed: parseSeed)
        let transliterationStamp = Self.generator + " " + Self.executableStamp
        let slugs = SlugPrefetch(jobs: options.jobs) { [options] in
            options.clean ? [:] : cache.loadTransliterations(stamp: transliterationStamp)
        }
        let listedKeys = hashWhileParsing ? nil : Parallel.map(listing.inputs, jobs: options.jobs) { Self.parseKey($0.path, knownDigests) }
        let narratives = NarrativeStore(budget: options.narrativeBudget)
        // Converted legacy inputs are kept beside the caches (emptied by --clean), for the pages made again later.
        var converter = options.converter
        let converted = cache.folder.appendingPathComponent("converted")
        converter.store = converted
        if options.clean { try? FileManager.default.removeItem(at: converted) }
        var state: BuildCache.State?
        var publishedData: Background<SitePages.PublishedLines>?
        var load = Self.parseAll(listing.inputs, jobs: options.jobs, progress: options.progress, config: options.config,
                                 cache: parsed, keys: listedKeys, keying: { [knownDigests] in Self.parseKey($0, sha256: $1, knownDigests) },
                                 narratives: narratives, slugs: slugs, converter: converter) {
            // The published data lines an edit's rebuild reuses are read while the reports are checked against each other
            // and indexed, which keep one core busy and leave the other idle.
            state = files.wait()
            guard liveTrusted, !options.clean, let state, !state.dataKeys.isEmpty else { return }
            let published = UncheckedSendable((state.live, state.dataKeys))
            publishedData = Background(jobs: options.jobs) { [folder = options.output.standardizedFileURL.path] in
                SitePages.publishedLines(in: folder, files: published.value.0, keys: published.value.1)
            }
        }
        if hashWhileParsing {
            for (input, sha) in zip(listing.inputs, load.digests) { knownDigests[input.path] = sha }
            key = buildKey()
        }
        let parseKeys = listedKeys ?? load.archives.map(\.key)
        LegacyConverter.prune(converted, keeping: Set(listing.inputs.filter { LegacyConverter.reads($0.path) }.compactMap { knownDigests[$0.path] }))
        phase("parse")
        // The parse cache is written while the site is built, since nothing else reads it; a failure is reported once
        // the output folder is known to be writable, so an unwritable one is reported as such. The encoded parses (tens
        // of megabytes per ten thousand reports) are held by the writer alone, and freed once written.
        let parsedInputs = load.archives.count { $0.archive != nil }
        let parseCacheSaved = Background(jobs: options.jobs) { [archives = load.archives] () -> Result<Void, Error> in
            Result {
                if parsed?.holdsExactly(archives) != true {
                    try ParseCache.save(archives, carryingFrom: parsed, seed: parseSeed, to: cache.parsedPath)
                }
            }
        }
        load.archives = []
        let remembered = slugs.wait()
        let site = SiteModel(entries: load.reports, config: options.config, earlier: load.earlier)
        phase("index")
        // What the next state records of the inputs and the findings is known now: made while the pages are written.
        let inputDigests = knownDigests
        let shared = UncheckedSendable((load.skippedFindings, load.configFindings, site))
        let records = Background(jobs: options.jobs) { () -> (part: BuildCache.State, text: String) in
            let (skippedFindings, configFindings, site) = shared.value
            var part = BuildCache.State()
            for file in watched {
                if let stamp = file.stamp, let sha = inputDigests[file.path] { part.inputs[file.path] = (stamp, sha) }
            }
            part.findings = (skippedFindings + site.entries.flatMap(\.findings)).sorted(by: Self.order)
            part.configFindings = configFindings
            return (part, BuildCache.encodeRecords(part))
        }
        if state == nil { liveTrusted = false }
        let writer: OutputWriter
        do {
            writer = try OutputWriter(output: options.output, spare: Self.spare(cache: cache, state: state, trusted: !options.clean),
                                      order: state?.liveOrder ?? [])
        } catch {
            parseCacheSaved.finish()
            publishedData?.finish()
            throw error
        }
        do {
            var pages = try SitePages(site: site, theme: theme, writer: writer, info: SiteInfo(config: options.config, generator: Self.generator,
                                                     rootForErrors: rootForErrors, baseURL: options.baseURL),
                                      content: options.content, jobs: options.jobs, progress: options.progress)
            pages.keySeed = seed
            pages.narratives = narratives
            pages.legacy = LegacyBatch([], converter: converter)
            pages.pageSize = options.pageSize
            pages.inputDigests = inputDigests
            pages.parseKeys = Dictionary(zip(listing.inputs.map(\.path), parseKeys)) { first, _ in first }
            if liveTrusted, !options.clean, let state {
                pages.previous = state.live
                pages.previousDataKeys = state.dataKeys
                pages.previousDataYears = state.dataYears
                pages.publishedData = publishedData
            }
            try pages.writeAll()
            try pages.writeFeeds(baseURL: options.baseURL)
            // Before the commit, so a failure to write it fails the build before the site is swapped in.
            let names = Set(site.agencies.map(\.name) + site.regions.map(\.name))
            let words = Slug.transliterated.filter { names.contains($0.key) }
            // The same names as the file holds (a rebuild that added none) need not be written again.
            if words != remembered { try cache.saveTransliterations(words, stamp: transliterationStamp) }
            phase("write")
            // Indexed in the staging folder, so the site swapped in always carries its own index.
            let searchFiles = try options.search?.index(into: writer) ?? 0
            if options.search != nil { phase("search") }
            try parseCacheSaved.wait().get()
            // A failed state write must not leave a cache that describes another site: forget it first.
            cache.forget()
            let dataKeys = pages.dataKeys, dataYears = site.entries.map(\.report.year)
            var fileList: Result<Void, Error> = .success(())
            // The published site's list, when read whole: the spare folder's list is then drafted as its changes.
            let published = liveTrusted && !options.clean ? state.map { (key: $0.key, files: $0.live) } : nil
            try writer.commit(generator: Self.generator, spare: cache.sparePath, jobs: options.jobs) { files in
                fileList = Result {
                    try cache.draftFiles(files, key: key, dataKeys: dataKeys, dataYears: dataYears, published: published,
                                         generator: Self.generator)
                }
            }
            let (made, recordsText) = records.wait()
            let findings = made.findings
            var summary = BuildSummary(reports: site.entries.count, pages: pages.htmlPages, files: writer.written.count,
                                       skipped: load.skipped, findings: findings, seconds: 0,
                                       phases: [], markdownSeconds: pages.markdownClock.seconds, configFindings: load.configFindings)
            summary.searchFiles = searchFiles
            summary.reusedPages = pages.reused.value
            summary.diskWrites = writer.diskWrites
            summary.parsedInputs = parsedInputs
            var next = BuildCache.State()
            next.key = key
            next.liveManifest = FileStamp.of(manifestPath)
            next.spareInode = FileStamp.of(cache.sparePath)?.inode
            (next.reports, next.pages, next.files, next.skipped) = (summary.reports, summary.pages, summary.files, summary.skipped)
            (next.inputs, next.findings, next.configFindings) = (made.inputs, made.findings, made.configFindings)
            // Stamps were taken when this build started: a file modified just before may have changed again unseen.
            next.written = Int(start.timeIntervalSince1970 * 1_000_000_000)
            // The old site is now the spare; its files are known only when the cache described it.
            try fileList.get()
            try cache.save(next, records: recordsText, spareFrom: liveTrusted ? state?.key : nil, generator: Self.generator)
            phase("commit")
            summary.phases = phases
            summary.seconds = Date().timeIntervalSince(start)
            // Freeing every report, page key and file record takes a noticeable part of a small rebuild: a background
            // thread does it while the caller reports the result (and a CLI that exits first need not wait at all).
            // An object is freed by whoever lets go of it last: the thread waits a moment, so this function's own
            // references (gone when it returns) go first. Released at once, the writer's file tables were left to the
            // caller, which spent a sixth of an edit's rebuild freeing them. Every large value is handed over, down to
            // the lists of inputs and their digests: freeing those here took long enough at 100,000 reports (seconds)
            // for the thread to let go first, and the writer and state were freed on this thread after all.
            let leftovers = UncheckedSendable((state, site, load, pages, next, parsed, writer,
                                               (recorded, listing, watched, inputDigests, parseKeys, narratives),
                                               (made, recordsText, shared)))
            DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + .milliseconds(50)) { _ = leftovers }
            return summary
        } catch {
            writer.discard()
            // A list drafted for a commit that failed (100 MB at 100,000 reports) describes no site.
            unlink(cache.draftFilesPath)
            unlink(cache.draftChangesPath)
            // Not left writing the parse cache, or reading the published site, when the next build starts (`serve`
            // builds again in the same process; results may have been taken already).
            parseCacheSaved.finish()
            publishedData?.finish()
            throw error
        }
    }

    /// The spare folder to recycle as staging, with what it holds when trusted and the cache vouches for it; otherwise its
    /// files are not listed: every file is written, and what the build did not write is found at the commit.
    static func spare(cache: BuildCache, state: BuildCache.State?, trusted: Bool) -> (path: String, files: [String: BuildCache.OutputFile]?)? {
        guard let stamp = FileStamp.of(cache.sparePath), stamp.isDirectory else { return nil }
        if trusted, let state, let inode = state.spareInode, inode == stamp.inode {
            return (cache.sparePath, state.spare)
        }
        return (cache.sparePath, nil)
    }

    /// The executable's size, modification time and inode, and its bundled data's (the divisions parsing resolves regions
    /// with): a rebuilt or upgraded gxsite is a new version for the caches, even when its version string is the same.
    static let executableStamp: String = {
        let executable = FileStamp.following("/proc/self/exe") ?? Bundle.main.executablePath.flatMap { FileStamp.following($0) }
        let files = [executable,
                     RegionResolver.dataFile.flatMap { FileStamp.following($0.path) }]
        return files.map { $0.map { "\($0.size) \($0.modified) \($0.inode)" } ?? "-" }.joined(separator: " ")
    }()

    /// What an input's parse outcome is made from: its path, its bytes and its sidecars' bytes.
    static func parseKey(_ path: String, _ digests: [String: String]) -> String {
        parseKey(path, sha256: digests[path] ?? "", digests)
    }

    /// `parseKey` of an input whose bytes' digest is `sha256`; `digests` holds its sidecars'.
    static func parseKey(_ path: String, sha256: String, _ digests: [String: String]) -> String {
        BuildCache.digest([path, sha256] + ReportMetadata.sidecarPaths(of: path).map { digests[$0] ?? "-" })
    }

    /// Reads, parses and validates every input; returns publishable reports and what was skipped.
    /// `earlier` holds the superseded versions of corrected reports, by the current report's source;
    /// `configFindings` the stale acceptances that match no report.
    ///
    /// With `keys` (each input's `parseKey`, in input order), an input whose key `cache` holds is taken from it instead of parsed, and
    /// `archives` lists every input's record for the next cache: the encoded outcome, or nil to carry the cached one over.
    /// Without `keys` but with `keying`, every input is hashed as it is read, `digests` gives the digests in input order,
    /// and `keying(path, digest)` gives each record's key.
    /// `afterReading` runs once every input is read, before the reports are checked against each other. The agency and
    /// region of every report parsed (not taken from the cache) are handed to `slugs`. Legacy inputs to parse are
    /// converted with `converter` first, together.
    static func parseAll(_ inputs: [InputFile], jobs: Int, progress: (@Sendable (BuildProgress) -> Void)? = nil,
                         config: SiteConfig = SiteConfig(), cache: ParseCache? = nil, keys: [String]? = nil,
                         keying: ((String, String) -> String)? = nil, narratives: NarrativeStore? = nil,
                         slugs: SlugPrefetch? = nil, converter: LegacyConverter = LegacyConverter(), afterReading: () -> Void = {})
        -> (reports: [(Report, [Finding])], skipped: Int, skippedFindings: [Finding],
            earlier: [String: [(Report, [Finding])]], configFindings: [Finding],
            archives: [(path: String, key: String, archive: [UInt8]?)], digests: [String]) {
        let validator = ReportValidator()
        let counter = ProgressCounter(phase: "parse", total: inputs.count, report: progress)
        let aliases = config.aliases
        let hashing = keys == nil && keying != nil
        // Without keys, no input can come from the cache: every one is read, in list order.
        let readAhead = ReadAhead(paths: keys == nil ? inputs.map(\.url.path) : [], jobs: jobs)
        // The legacy inputs not taken from the cache, converted in one LibreOffice call rather than one by one by the
        // parsing threads, each waiting for the converter's lock.
        let legacy = LegacyBatch(inputs.indices.filter { i in
            LegacyConverter.reads(inputs[i].path) && !(keys.map { cache?.holds(inputs[i].path, key: $0[i]) == true } ?? false)
        }.map { inputs[$0] }, converter: converter)
        let results = Parallel.map(Array(inputs.indices), jobs: jobs) { i -> (ParseOutcome, [UInt8]?, sha256: String, key: String?) in
            readAhead.advance()
            let input = inputs[i]
            let key = keys?[i]
            if let key, let cached = cache?.outcome(for: input.path, key: key) {
                counter.tick()
                return (cached, nil, "", key)
            }
            var (outcome, sha256) = InputReader.read(input, hashing: hashing, legacy: legacy)
            if var report = outcome.report {
                // An alias becomes the agency's full name before any rule looks at the name.
                aliases.apply(to: &report)
                slugs?.request(report.agency)
                slugs?.request(report.region)
                outcome.findings += validator.validate(report)
                // Only a report's own page needs its narrative: kept as Markdown while the store's budget lasts, read
                // again when the page is rendered otherwise, so memory does not grow with the pages.
                if let narratives, narratives.hasRoom { narratives.keep(Narrative(of: report), for: report.source) }
                report.sections = []
                report.preamble = []
                outcome.report = report
            }
            counter.tick()
            let sha = sha256 ?? ""
            let made = key ?? keying.map { $0(input.path, sha) }
            // An outcome of a missing or stalled LibreOffice is not cached: the next build converts the file again.
            return (outcome, made == nil || legacy.isTransient(input.path) ? nil : ReportArchive.encode(outcome), sha, made)
        }
        legacy.finish()
        readAhead.finish()
        afterReading()
        let outcomes = results.map(\.0)
        let digests = hashing ? results.map(\.sha256) : []
        let archives = keys == nil && !hashing ? [] : inputs.indices.map { (path: inputs[$0].path, key: results[$0].key!, archive: results[$0].1) }
        var reports: [(Report, [Finding])] = []
        var skipped = 0
        var skippedFindings: [Finding] = []
        for outcome in outcomes {
            guard let report = outcome.report else {
                skipped += 1
                skippedFindings += outcome.findings
                continue
            }
            reports.append((report, outcome.findings))
        }
        // Duplicates, corrections and carry-over need every report: one copy per agency and year is published.
        let cross = CrossReportValidator.validate(reports.map(\.0))
        var kept = cross.kept.map { i in (reports[i].0, reports[i].1 + (cross.findings[i] ?? [])) }
        let earlier = Dictionary(uniqueKeysWithValues: cross.earlierVersions.map { i, versions in
            (reports[i].0.source, versions.map { reports[$0] })
        })
        let configFindings = Acceptance.apply(config.acceptances, to: &kept, configName: config.fileName)
        return (kept, skipped, skippedFindings, earlier, configFindings, archives, digests)
    }

    /// The path part of the base URL ending in "/" (`https://x.gov.cn/nianbao` → `/nianbao/`), "/" when unknown.
    static func rootPath(of baseURL: String?) -> String {
        guard let baseURL, let url = URL(string: baseURL) else { return "/" }
        let path = url.path.isEmpty ? "/" : url.path
        return path.hasSuffix("/") ? path : path + "/"
    }

    static func order(_ a: Finding, _ b: Finding) -> Bool {
        if a.file != b.file { return String.utf8Precedes(a.file, b.file) }
        if a.line != b.line { return a.line < b.line }
        if a.column != b.column { return a.column < b.column }
        return a.rule < b.rule
    }
}
