/// What `CorpusGenerator.write(to:)` produced, for a one-line report.
public struct CorpusSummary: Sendable, Hashable {
    /// Number of report files written.
    public var files: Int
    /// Number of files with at least one ground-truth finding.
    public var injectedFiles: Int
    /// Number of ground-truth entries.
    public var findings: Int

    /// Creates a summary.
    public init(files: Int, injectedFiles: Int, findings: Int) {
        self.files = files
        self.injectedFiles = injectedFiles
        self.findings = findings
    }
}
