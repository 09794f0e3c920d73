import Foundation
import GXBuild
import GXReport
import GXReuse

extension ParseStep {
    /// Reads, parses and validates every input; returns publishable reports and what was skipped.
    ///
    /// With `keys` (each input's `SiteBuilder.parseKey`, in input order), an input whose key `cache` holds is taken from
    /// it instead of parsed, and `archives` lists every input's record for the next cache: the encoded outcome, or nil to
    /// carry the cached one over. Without `keys` but with `keying`, every input is hashed as it is read, `digests` gives
    /// the digests in input order, and `keying(path, digest)` gives each record's key.
    /// `afterReading` runs once every input is read, before the reports are checked against each other. The agency and
    /// region of every report parsed (not taken from the cache) are handed to `slugs`. Legacy inputs to parse are
    /// converted with `converter` first, together. With a `spool`, the records for the next cache are written there
    /// rather than held, and text reuse reads the compared texts back from it (or from `cache`). With `remembering`
    /// (which gives the last build's memory of text reuse, if any) and keyed inputs, text reuse compares only what
    /// changed since and gives its memory for the next build.
    static func parseAll(_ inputs: [InputFile], jobs: Int, progress: (@Sendable (BuildProgress) -> Void)? = nil,
                         config: SiteConfig = SiteConfig(), cache: ParseCache? = nil, keys: [String]? = nil,
                         keying: ((String, String) -> String)? = nil, narratives: NarrativeStore? = nil,
                         slugs: SlugPrefetch? = nil, converter: LegacyConverter = LegacyConverter(), spool: Spool? = nil,
                         remembering: (() -> TextReuseMemory?)? = nil, afterReading: () -> Void = {}) -> ParsedInputs {
        let counter = ProgressCounter(phase: "parse", total: inputs.count, report: progress)
        let hashing = keys == nil && keying != nil
        // Without keys, no input can come from the cache: every one is read, in list order.
        let readAhead = ReadAhead(paths: keys == nil ? inputs.map(\.url.path) : [], jobs: jobs)
        // The legacy inputs not taken from the cache, converted in one LibreOffice call rather than one by one by the
        // parsing threads, each waiting for the converter's lock.
        let legacy = LegacyBatch(inputs.indices.filter { i in
            LegacyConverter.reads(inputs[i].path) && !(keys.map { cache?.holds(inputs[i].path, key: $0[i]) == true } ?? false)
        }.map { inputs[$0] }, converter: converter)
        let reader = InputParser(aliases: config.aliases, hashing: hashing, legacy: legacy, narratives: narratives, slugs: slugs,
                                 spool: keys == nil && !hashing ? nil : spool)
        let results = Parallel.map(Array(inputs.indices), jobs: jobs) { i -> InputParser.Result in
            readAhead.advance()
            defer { counter.tick() }
            let key = keys?[i]
            if let key, var cached = cache?.outcome(for: inputs[i].path, key: key) {
                // Text reuse reads the compared text from the cache again when it needs it: not held until then.
                cached.text = ComparableText()
                return InputParser.Result(outcome: cached, archive: nil, sha256: "", key: key)
            }
            return reader.parse(inputs[i], key: key, keying: keying)
        }
        legacy.finish()
        readAhead.finish()
        afterReading()
        // Each input's compared text: as parsed, or read back from the spool or the parse cache.
        let texts = UncheckedSendable((results, inputs))
        // Each input's text is known by its path and parse key: the same key, the same text.
        let reuseInputs = inputs.indices.map { TextReuseMemory.Input(path: inputs[$0].path, key: results[$0].key ?? "") }
        let remember = remembering != nil && results.allSatisfy { $0.key != nil }
        // A text that cannot be read back (a disk error) is compared as empty in this build, which is then not
        // remembered: the next build compares every report again rather than keep results of a text it did not read.
        let unread = Tally()
        var parsed = publishable(results.map(\.outcome), config: config, jobs: jobs, reuseInputs: reuseInputs,
                                 since: remember ? remembering?() : nil, remember: remember, earlier: { cache?.text(for: $0.path, key: $0.key) }) { i in
            let (result, input) = (texts.value.0[i], texts.value.1[i])
            let read: ComparableText?
            switch result.archive {
            case .spooled(let ref)?:
                read = spool?.read(ref).flatMap { bytes in bytes.withUnsafeBytes(ReportArchive.text) }
            case nil:
                read = result.key.flatMap { cache?.text(for: input.path, key: $0) }
            case .bytes?:
                read = result.outcome.text
            }
            if read == nil { unread.add() }
            return read ?? result.outcome.text
        }
        if unread.value > 0 { parsed.reuseMemory = nil }
        parsed.digests = hashing ? results.map(\.sha256) : []
        parsed.archives = keys == nil && !hashing ? []
            : inputs.indices.map { (path: inputs[$0].path, key: results[$0].key!, archive: results[$0].archive) }
        return parsed
    }

    /// The reports of `outcomes` checked against each other: one copy per agency and year is published, the others are
    /// kept as earlier versions or flagged, the published ones are compared for reused text, and the config's
    /// acceptances are applied. `reuseInputs[i]` is where outcome `i`'s text came from; with `since` (the last build's
    /// memory of text reuse) only what changed is compared again (`earlier` reads a text the last build had), and with
    /// `remember` the memory for the next build is given.
    private static func publishable(_ outcomes: [ParseOutcome], config: SiteConfig, jobs: Int,
                                    reuseInputs: [TextReuseMemory.Input], since: TextReuseMemory?, remember: Bool,
                                    earlier: (TextReuseMemory.Input) -> ComparableText?,
                                    text: @escaping @Sendable (Int) -> ComparableText) -> ParsedInputs {
        var reports: [(Report, [Finding])] = []
        // Each report's input, to read its compared text.
        var inputIndex: [Int] = []
        var skipped = 0
        var skippedFindings: [Finding] = []
        for (i, outcome) in outcomes.enumerated() {
            guard let report = outcome.report else {
                skipped += 1
                skippedFindings += outcome.findings
                continue
            }
            reports.append((report, outcome.findings))
            inputIndex.append(i)
        }
        // Duplicates, corrections and carry-over need every report.
        let cross = CrossReportValidator.validate(reports.map(\.0))
        var kept = cross.kept.map { i in (reports[i].0, reports[i].1 + (cross.findings[i] ?? [])) }
        // Only published reports are compared: a duplicate or an earlier version is not the agency's report.
        let started = DispatchTime.now().uptimeNanoseconds
        let keptInputs = cross.kept.map { inputIndex[$0] }
        let validator = TextReuseValidator(settings: config.reuse, jobs: jobs)
        let compared = validator.validate(
            kept.map(\.0), inputs: keptInputs.map { reuseInputs[$0] }, since: since, text: { text(keptInputs[$0]) }, earlier: earlier)
        let reuse = compared.results
        let reuseSeconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        for i in kept.indices where !reuse[i].findings.isEmpty {
            kept[i].1 = (kept[i].1 + reuse[i].findings).sorted(by: ReportValidator.order)
        }
        let earlier = Dictionary(uniqueKeysWithValues: cross.earlierVersions.map { i, versions in
            (reports[i].0.source, versions.map { reports[$0] })
        })
        let configFindings = Acceptance.apply(config.acceptances, to: &kept, configName: config.fileName)
        return ParsedInputs(reports: kept, skipped: skipped, skippedFindings: skippedFindings, earlier: earlier,
                            configFindings: configFindings, archives: [], digests: [],
                            reuse: Dictionary(uniqueKeysWithValues: zip(kept.map(\.0.source), reuse.map(\.reuse))),
                            reuseMemory: remember ? compared.memory : nil, reuseCompared: compared.compared,
                            reuseSeconds: reuseSeconds)
    }
}
