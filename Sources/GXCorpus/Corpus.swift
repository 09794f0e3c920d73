/// A generated corpus held in memory: the report files and the ground truth of injected errors.
public struct Corpus: Sendable {
    /// The generator name and version recorded in the ground truth.
    public var generator: String
    /// The seed the corpus was generated from.
    public var seed: UInt64
    /// The report files, sorted by name.
    public var files: [GeneratedFile]
    /// Every finding a correct validator must report, sorted by file, line, column and rule.
    public var truth: [InjectedError]

    /// Every passage copied into a report, with its source, sorted by file and source.
    public var reuse: [ReuseInjection]

    /// Creates a corpus.
    public init(generator: String, seed: UInt64, files: [GeneratedFile], truth: [InjectedError], reuse: [ReuseInjection] = []) {
        self.generator = generator
        self.seed = seed
        self.files = files
        self.truth = truth
        self.reuse = reuse
    }

    /// The contents of `ground-truth.json` for this corpus.
    public func groundTruthJSON() -> String {
        GroundTruthWriter.json(generator: generator, seed: seed, count: files.count, truth: truth, reuse: reuse)
    }
}
