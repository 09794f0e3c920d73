import GXBuild
import GXReport

/// Every input read, parsed and validated: the reports to publish and what could not be published.
struct ParsedInputs {
    /// The reports to publish, one per agency and year, with their findings.
    var reports: [(Report, [Finding])]
    /// Inputs that gave no report.
    var skipped: Int
    /// The findings of the skipped inputs.
    var skippedFindings: [Finding]
    /// The superseded versions of corrected reports, by the current report's source.
    var earlier: [String: [(Report, [Finding])]]
    /// Stale acceptances of the config that match no report.
    var configFindings: [Finding]
    /// Every input's record for the next parse cache: its key and encoded outcome, or nil to carry the cached one over.
    var archives: [(path: String, key: String, archive: ParseRecord?)]
    /// Each input's SHA-256 in input order, when hashed while parsing.
    var digests: [String]
    /// What text reuse found for each published report, by source.
    var reuse: [String: TextReuse] = [:]
    /// What text reuse keeps for the next build, when the build remembers it.
    var reuseMemory: TextReuseMemory?
    /// Reports compared for reused text (all of them unless an earlier build's memory spared some).
    var reuseCompared = 0
    /// Wall-clock seconds spent finding reused text.
    var reuseSeconds: Double = 0
}
