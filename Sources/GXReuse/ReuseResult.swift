/// What text reuse found for one report.
public struct ReuseResult: Sendable, Hashable {
    /// A passage the report shares with another report.
    public struct Passage: Sendable, Hashable {
        /// Its units in this report's compared text.
        public var range: Range<Int>
        /// How many of them are own words.
        public var own: Int
        /// The other report (a document index).
        public var source: Int
        /// Its units in the other report's compared text.
        public var sourceRange: Range<Int>
        /// Its letters.
        public var text: String
        /// The template number of the section it is in.
        public var section: Int
        /// Where the paragraph it starts in is in the source.
        public var paragraph: ComparableText.Paragraph?

        /// A passage of these parts.
        public init(range: Range<Int>, own: Int, source: Int, sourceRange: Range<Int>, text: String, section: Int,
                    paragraph: ComparableText.Paragraph?) {
            (self.range, self.own, self.source, self.sourceRange) = (range, own, source, sourceRange)
            (self.text, self.section, self.paragraph) = (text, section, paragraph)
        }
    }

    /// The report's own characters: those of its compared text that are not common wording.
    public var own = 0
    /// The agency's previous report, when there is one and the report has at least a passage's length of own words.
    public var previous: Int?
    /// How many own characters also appear in the previous report.
    public var reused = 0
    /// Passages shared with the previous report, and with other agencies' reports of the same or earlier years that
    /// share at least the threshold's length, ordered by start.
    public var passages: [Passage] = []
    /// Other agencies' reports sharing a passage of at least the threshold's length with this one, ascending.
    public var shared: [Int] = []
    /// The runs of the compared text that are common wording.
    public var common: [Range<Int>] = []
    /// The compared text's sections.
    public var sections: [ComparableText.Section] = []
    /// The compared text's length in units.
    public var length = 0

    /// The share of own characters that repeat the previous report; nil without a previous report or own words.
    public var share: Double? {
        guard previous != nil, own > 0 else { return nil }
        return Double(reused) / Double(own)
    }

    /// An empty result.
    public init() {}
}
