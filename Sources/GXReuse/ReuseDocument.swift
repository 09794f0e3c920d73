/// One report as text reuse sees it: its own prose and who wrote it when.
public struct ReuseDocument: Sendable {
    /// The compared text.
    public var text: ComparableText
    /// The agency, as a number: equal numbers are one agency (its aliases already resolved).
    public var agency: Int
    /// The region, as a number below 2^20.
    public var region: Int
    /// The report's year.
    public var year: Int

    /// A document of these parts.
    public init(text: ComparableText, agency: Int, region: Int, year: Int) {
        (self.text, self.agency, self.region, self.year) = (text, agency, region, year)
    }
}
