import GXBuild
import GXReport
import GXReuse

/// Reads, parses and validates one input, as every parsing thread does: the outcome, and its record for the parse cache.
struct InputParser: Sendable {
    /// One input's outcome and what the parse cache keeps of it.
    struct Result {
        var outcome: ParseOutcome
        /// The encoded outcome for the next parse cache (in the spool when there is one); nil to carry the cached record
        /// over (or keep none).
        var archive: ParseRecord?
        /// The input's SHA-256 when hashed while read, else empty.
        var sha256: String
        /// The input's parse key, when known.
        var key: String?
    }

    let aliases: AgencyAliases
    let hashing: Bool
    let legacy: LegacyBatch
    let narratives: NarrativeStore?
    let slugs: SlugPrefetch?
    /// Where encoded outcomes go rather than memory, when the build has one.
    let spool: Spool?
    let validator = ReportValidator()

    /// Parses `input`, whose parse key is `key` when known; else `keying(path, sha256)` gives it once the input is read.
    func parse(_ input: InputFile, key known: String?, keying: ((String, String) -> String)?) -> Result {
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
            outcome.text = ComparableText(of: report)
            report.sections = []
            report.preamble = []
            outcome.report = report
        }
        let sha = sha256 ?? ""
        let key = known ?? keying.map { $0(input.path, sha) }
        // An outcome of a missing or stalled LibreOffice is not cached: the next build converts the file again.
        var archive: ParseRecord?
        if key != nil, !legacy.isTransient(input.path) {
            let bytes = ReportArchive.encode(outcome)
            if let spool {
                archive = .spooled(spool.append(bytes))
                // The compared text is read back from the spool when text reuse needs it: not held until then.
                outcome.text = ComparableText()
            } else {
                archive = .bytes(bytes)
            }
        }
        return Result(outcome: outcome, archive: archive, sha256: sha, key: key)
    }
}
