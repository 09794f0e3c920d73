import GXReuse

/// What text reuse found for one report, with the other reports named by their source: what its page, its data and
/// the reuse list show.
public struct TextReuse: Sendable, Hashable {
    /// A passage shared with another report.
    public struct Passage: Sendable, Hashable {
        /// Its units in the report's compared text (`ComparableText`).
        public var range: Range<Int>
        /// How many of them are own words.
        public var own: Int
        /// The other report's source.
        public var source: String
        /// The passage as compared: its letters, without punctuation or figures.
        public var text: String
        /// The section it is in (1, 5 or 6).
        public var section: Int

        /// A passage of these parts.
        public init(range: Range<Int>, own: Int, source: String, text: String, section: Int) {
            (self.range, self.own, self.source, self.text, self.section) = (range, own, source, text, section)
        }
    }

    /// The report's own characters: those of sections 一、五 and 六 that are not common wording.
    public var own = 0
    /// How many own characters also appear in the agency's previous report.
    public var reused = 0
    /// The agency's previous report, when there is one.
    public var previous: Previous?
    /// Passages shared with the previous report and, at the threshold's length or more, other agencies' reports.
    public var passages: [Passage] = []
    /// Other agencies' reports sharing a passage of the threshold's length, by source, in corpus order.
    public var shared: [String] = []
    /// The runs of the compared text that are common wording.
    public var common: [Range<Int>] = []
    /// The compared sections (template number and first unit), in report order, so a page can find each section's
    /// letters.
    public var sections: [ComparableText.Section] = []
    /// The compared text's length in units.
    public var length = 0

    /// The share of own characters repeating the previous report; nil without a previous report or own words.
    public var share: Double? {
        guard previous != nil, own > 0 else { return nil }
        return Double(reused) / Double(own)
    }

    /// Whether the share reaches `settings`' threshold, so `text-reuse` is reported.
    public func reaches(_ settings: ReuseSettings) -> Bool {
        share.map { $0 >= settings.share } ?? false
    }

    /// The share in whole percent, rounded down, so a share below a threshold never shows as reaching it (in integers:
    /// 57 of 100 is 57%, where 0.57 × 100 in floating point is 56.99…).
    public var percent: Int? { share == nil ? nil : reused * 100 / own }

    /// Nothing found: no compared text.
    public init() {}

    /// The report a share is measured against.
    public struct Previous: Sendable, Hashable {
        /// Its source.
        public var source: String
        /// Its year.
        public var year: Int

        /// The report of `source`, of `year`.
        public init(source: String, year: Int) { (self.source, self.year) = (source, year) }
    }
}
