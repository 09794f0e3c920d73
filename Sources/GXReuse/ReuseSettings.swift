/// The thresholds of text reuse, set in `gxsite.toml`'s `[reuse]` table.
public struct ReuseSettings: Sendable, Hashable {
    /// `text-reuse` is reported when this share of a report's own words repeats its agency's previous report.
    public var share: Double = 0.5
    /// `text-shared` is reported for a passage of at least this many own characters shared with another agency.
    public var passage: Int = 50
    /// A phrase in at least this many reports of the corpus is common wording.
    public var boilerplateReports: Int = 20
    /// A phrase in at least this many reports of one region is common wording there.
    public var regionBoilerplateReports: Int = 20

    /// `share` in whole percent, as pages state the threshold.
    public var sharePercent: Int { Int((share * 100).rounded()) }

    /// The shortest passage threshold allowed: shorter shared passages could be missed.
    public static let shortestPassage = Winnowing.guaranteed

    /// The default thresholds.
    public init() {}

    /// These thresholds.
    public init(share: Double, passage: Int, boilerplateReports: Int, regionBoilerplateReports: Int) {
        (self.share, self.passage) = (share, passage)
        (self.boilerplateReports, self.regionBoilerplateReports) = (boilerplateReports, regionBoilerplateReports)
    }
}
