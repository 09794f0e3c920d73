import Foundation
import GXBuild
import GXReport

/// The fourth step: renders and writes every page and data file into a staging folder beside the output, taking
/// unchanged ones from the published site.
struct WriteStep {
    /// The site written to its staging folder, not yet committed.
    final class Written {
        let indexed: IndexStep.Indexed
        let writer: OutputWriter
        let pages: SitePages
        /// What the next cache state records of the inputs and the findings, made while the pages are written.
        let records: Background<(part: BuildCache.State, text: String)>
        /// Files of the search index, once indexed.
        var searchFiles = 0

        init(indexed: IndexStep.Indexed, writer: OutputWriter, pages: SitePages,
             records: Background<(part: BuildCache.State, text: String)>) {
            (self.indexed, self.writer, self.pages, self.records) = (indexed, writer, pages, records)
        }

        /// Discards the staging folder and what was drafted for a commit that failed, and waits for the background work.
        func abandon() {
            WriteStep.abandon(writer, indexed.parsed)
        }
    }

    let indexed: IndexStep.Indexed

    /// Writes the site into a new staging folder; the staging folder is discarded when writing fails.
    func run() throws -> Written {
        let parsed = indexed.parsed, loaded = parsed.loaded, options = loaded.options
        let records = recordsInBackground()
        if parsed.state == nil { loaded.liveTrusted = false }
        let writer: OutputWriter
        do {
            writer = try OutputWriter(output: options.output,
                                      spare: SiteBuilder.spare(cache: loaded.cache, state: parsed.state, trusted: !options.clean),
                                      order: parsed.state?.liveOrder ?? [])
        } catch {
            parsed.abandon()
            throw error
        }
        do {
            var pages = try sitePages(writer: writer)
            try pages.writeAll()
            try pages.writeFeeds(baseURL: options.baseURL)
            // Before the commit, so a failure to write it fails the build before the site is swapped in.
            let site = indexed.site
            let names = Set(site.agencies.map(\.name) + site.regions.map(\.name))
            let words = Slug.transliterated.filter { names.contains($0.key) }
            // The same names as the file holds (a rebuild that added none) need not be written again.
            if words != indexed.remembered { try loaded.cache.saveTransliterations(words, stamp: parsed.transliterationStamp) }
            return Written(indexed: indexed, writer: writer, pages: pages, records: records)
        } catch {
            Self.abandon(writer, parsed)
            throw error
        }
    }

    /// Discards `writer`'s staging folder and what was drafted for a commit that failed, and waits for the work
    /// `parsed` started in the background.
    static func abandon(_ writer: OutputWriter, _ parsed: ParseStep.Parsed) {
        writer.discard()
        // A list drafted for a commit that failed describes no site.
        unlink(parsed.loaded.cache.draftFilesPath)
        unlink(parsed.loaded.cache.draftChangesPath)
        parsed.abandon()
    }

    /// The page writer, with what it reuses of the published site when the cache describes it.
    private func sitePages(writer: OutputWriter) throws -> SitePages {
        let parsed = indexed.parsed, loaded = parsed.loaded, options = loaded.options
        let trusted = loaded.liveTrusted && !options.clean ? parsed.state : nil
        let producer = PageProducer(writer: writer, seed: loaded.seed, previous: trusted?.live ?? [:], inputKeys: parsed.parseKeys,
                                    inputDigests: loaded.knownDigests)
        var pages = try SitePages(site: indexed.site, theme: loaded.theme, producer: producer,
                                  info: SiteInfo(config: options.config, generator: SiteBuilder.generator,
                                                 rootForErrors: loaded.rootForErrors, baseURL: options.baseURL),
                                  content: options.content, jobs: options.jobs, progress: options.progress)
        pages.narratives = parsed.narratives
        pages.legacy = LegacyBatch([], converter: parsed.converter)
        pages.pageSize = options.pageSize
        if let state = trusted {
            pages.publishedData = LineFiles.Published(keys: state.dataKeys, groups: state.dataYears, files: state.live,
                                                      lines: parsed.publishedData)
        }
        return pages
    }

    /// What the next state records of the inputs and the findings, known now: made while the pages are written.
    private func recordsInBackground() -> Background<(part: BuildCache.State, text: String)> {
        let parsed = indexed.parsed, loaded = parsed.loaded
        let shared = UncheckedSendable((parsed.inputs.skippedFindings, parsed.inputs.configFindings, indexed.site,
                                        loaded.watched, loaded.knownDigests))
        return Background(jobs: loaded.options.jobs) { () -> (part: BuildCache.State, text: String) in
            let (skippedFindings, configFindings, site, watched, inputDigests) = shared.value
            var part = BuildCache.State()
            for file in watched {
                if let stamp = file.stamp, let sha = inputDigests[file.path] { part.inputs[file.path] = (stamp, sha) }
            }
            part.findings = (skippedFindings + site.entries.flatMap(\.findings)).sorted(by: SiteBuilder.order)
            part.configFindings = configFindings
            return (part, BuildCache.encodeRecords(part))
        }
    }
}
