/// A passage two texts share: a maximal run of equal characters, and how many of them are own words in both.
public struct CommonPassage: Sendable, Hashable {
    /// Where it starts in the first text.
    public var start: Int
    /// Where it starts in the second.
    public var otherStart: Int
    /// Its length in characters.
    public var length: Int
    /// How many of its characters are own words (not common wording) in both texts.
    public var own: Int

    /// Its units in the first text.
    public var range: Range<Int> { start..<(start + length) }
}
