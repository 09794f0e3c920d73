/// What one run of text reuse leaves for the next, so that an edit recomputes only the reports it touches
/// (`ReuseDetector.update`).
public struct ReuseMemory: Sendable, Equatable {
    /// The thresholds it was found under: under others, everything is found again.
    public var settings: ReuseSettings
    /// The documents compared, in order (their agency and region numbers mean the same in the next run).
    public var documents: [ReuseDocument]
    /// The common wording counted.
    public var boilerplate: Boilerplate
    /// Each document's picked own-word shingle keys (`Winnowing`), ascending.
    public var picks: [[UInt64]]
    /// Each document's result.
    public var results: [ReuseResult]

    /// A memory of these parts.
    public init(settings: ReuseSettings, documents: [ReuseDocument], boilerplate: Boilerplate, picks: [[UInt64]],
                results: [ReuseResult]) {
        (self.settings, self.documents, self.boilerplate) = (settings, documents, boilerplate)
        (self.picks, self.results) = (picks, results)
    }
}
