/// One report as text reuse sees it: who wrote it when (its compared text is read when needed, `ReuseDetector`).
public struct ReuseDocument: Sendable, Hashable {
    /// The agency, as a number: equal numbers are one agency (its aliases already resolved).
    public var agency: Int
    /// The region, as a number below 2^20.
    public var region: Int
    /// The report's year.
    public var year: Int
    /// The names the report calls itself and its region, normalised: never counted as its own words.
    public var names: [[UInt16]]

    /// A document of these parts.
    public init(agency: Int, region: Int, year: Int, names: [String] = []) {
        (self.agency, self.region, self.year) = (agency, region, year)
        self.names = names.map(ComparableText.normalized)
    }
}
