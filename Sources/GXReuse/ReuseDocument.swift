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
    /// The names the report calls itself and its region, normalised: never counted as its own words.
    public var names: [[UInt16]]

    /// A document of these parts.
    public init(text: ComparableText, agency: Int, region: Int, year: Int, names: [String] = []) {
        (self.text, self.agency, self.region, self.year) = (text, agency, region, year)
        self.names = names.map(ComparableText.normalized)
    }
}
