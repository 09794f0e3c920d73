/// Which characters of a text are its own words: every character not covered by a shingle of common wording, nor by
/// one of the report's names (its agency's, its region's: a name is not wording), and not a section separator.
public struct OwnUnits: Sendable, Hashable {
    /// Own characters up to each offset: `prefix[i]` counts those before unit `i`.
    private var prefix: [Int32]

    /// The own characters of `text`, a report of `region` naming itself `names` (normalised), under `boilerplate`.
    public init(_ text: ComparableText, boilerplate: Boilerplate, region: Int, names: [[UInt16]] = []) {
        let units = text.units
        var common = [Bool](repeating: false, count: units.count)
        Shingles.forEach(units) { start, hash in
            if boilerplate.contains(hash, region: region) {
                for i in start..<(start + Shingles.length) { common[i] = true }
            }
        }
        for name in names where name.count >= 2 && name.count <= units.count {
            var i = 0
            while i + name.count <= units.count {
                if units[i] == name[0], units[i..<(i + name.count)].elementsEqual(name) {
                    for j in i..<(i + name.count) { common[j] = true }
                    i += name.count
                } else {
                    i += 1
                }
            }
        }
        prefix = [Int32](repeating: 0, count: units.count + 1)
        var n: Int32 = 0
        for i in units.indices {
            if !common[i] && units[i] != ComparableText.separator { n += 1 }
            prefix[i + 1] = n
        }
    }

    /// How many characters are own.
    public var count: Int { Int(prefix.last ?? 0) }

    /// Whether unit `i` is own.
    @inline(__always)
    public subscript(i: Int) -> Bool { prefix[i + 1] > prefix[i] }

    /// How many units of `range` are own.
    @inline(__always)
    public func count(in range: Range<Int>) -> Int { Int(prefix[range.upperBound] - prefix[range.lowerBound]) }

    /// The runs of units that are common wording (separators excluded), in order.
    public var commonRuns: [Range<Int>] {
        var runs: [Range<Int>] = []
        var start: Int?
        for i in 0..<(prefix.count - 1) {
            let common = !self[i]
            if common, start == nil { start = i }
            if !common, let s = start { runs.append(s..<i); start = nil }
        }
        if let s = start { runs.append(s..<(prefix.count - 1)) }
        return runs
    }
}
