import Foundation
import GXBuild
import GXReport

/// The last step: swaps the staged site in, then records what it was made from for the next build.
struct CommitStep {
    let written: WriteStep.Written

    /// Commits the site and saves the cache state; returns the build's summary (without its timings).
    func run() throws -> BuildSummary {
        let indexed = written.indexed, parsed = indexed.parsed, loaded = parsed.loaded
        let cache = loaded.cache, writer = written.writer
        try parsed.parseCacheSaved.wait().get()
        // A failed state write must not leave a cache that describes another site: forget it first.
        cache.forget()
        let dataKeys = written.pages.dataKeys, dataYears = indexed.site.entries.map(\.report.year)
        var fileList: Result<Void, Error> = .success(())
        // The published site's list, when read whole: the spare folder's list is then drafted as its changes.
        let published = loaded.liveTrusted && !loaded.options.clean ? parsed.state.map { (key: $0.key, files: $0.live) } : nil
        try writer.commit(generator: SiteBuilder.generator, spare: cache.sparePath, jobs: loaded.options.jobs) { files in
            fileList = Result {
                try cache.draftFiles(files, key: loaded.key, dataKeys: dataKeys, dataYears: dataYears, published: published,
                                     generator: SiteBuilder.generator)
            }
        }
        let (made, recordsText) = written.records.wait()
        let summary = summary(findings: made.findings)
        var next = BuildCache.State()
        next.key = loaded.key
        next.liveManifest = FileStamp.of(loaded.manifestPath)
        next.spareInode = FileStamp.of(cache.sparePath)?.inode
        (next.reports, next.pages, next.files, next.skipped) = (summary.reports, summary.pages, summary.files, summary.skipped)
        (next.inputs, next.findings, next.configFindings) = (made.inputs, made.findings, made.configFindings)
        // Stamps were taken when this build started: a file modified just before may have changed again unseen.
        next.written = Int(loaded.start.timeIntervalSince1970 * 1_000_000_000)
        // The old site is now the spare; its files are known only when the cache described it.
        try fileList.get()
        try cache.save(next, records: recordsText, spareFrom: loaded.liveTrusted ? parsed.state?.key : nil, generator: SiteBuilder.generator)
        freeLater(UncheckedSendable((next, made, recordsText)))
        return summary
    }

    /// What the build did, from the written site.
    private func summary(findings: [Finding]) -> BuildSummary {
        let indexed = written.indexed, parsed = indexed.parsed
        var summary = BuildSummary(reports: indexed.site.entries.count, pages: written.pages.htmlPages, files: written.writer.written.count,
                                   skipped: parsed.inputs.skipped, findings: findings, seconds: 0, phases: [],
                                   markdownSeconds: written.pages.markdownClock.seconds, configFindings: parsed.inputs.configFindings)
        summary.searchFiles = written.searchFiles
        summary.reusedPages = written.pages.reused.value
        summary.diskWrites = written.writer.diskWrites
        summary.parsedInputs = parsed.parsedInputs
        summary.reuseSeconds = parsed.inputs.reuseSeconds
        summary.reuseCompared = parsed.inputs.reuseCompared
        return summary
    }

    /// Hands the build's large values to a background thread that frees them once the caller has moved on.
    ///
    /// An object is freed by whoever lets go of it last: freeing every report, page key and file record on the calling
    /// thread would delay the result of a small rebuild (and a CLI that exits first need not wait at all). The thread
    /// waits a moment so that the build's own references, gone when it returns, go first.
    private func freeLater(_ extra: UncheckedSendable<(BuildCache.State, BuildCache.State, String)>) {
        let everything = UncheckedSendable((written, extra))
        DispatchQueue.global(qos: .utility).asyncAfter(deadline: .now() + .milliseconds(50)) { _ = everything }
    }
}
