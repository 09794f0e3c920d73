/// A passage the generator copied into a report, with where from and whether it must be reported: the ground truth of
/// text reuse.
public struct ReuseInjection: Sendable, Hashable, Codable {
    /// The report that must (or must not) name `source`.
    public var file: String
    /// `text-reuse` (the agency's previous report) or `text-shared` (another agency's report).
    public var rule: String
    /// The report copied from.
    public var source: String
    /// For `text-reuse`, the copied share of the report's own words in percent; for `text-shared`, the passage's
    /// length in characters (letters only).
    public var size: Int
    /// Whether the copy reaches the default threshold (50% or 50 characters), so `file` must name `source`.
    public var reported: Bool

    /// An entry.
    public init(file: String, rule: String, source: String, size: Int, reported: Bool) {
        (self.file, self.rule, self.source, self.size, self.reported) = (file, rule, source, size, reported)
    }
}
