import GXReport

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
    /// Wall-clock seconds spent finding reused text (part of the parse phase).
    public var reuseSeconds: Double = 0
    /// Reports compared for reused text: all published ones in a first build, only those an edit touches after.
    public var reuseCompared = 0
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
