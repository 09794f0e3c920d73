/// Which characters of a text are its own words: every character not covered by a shingle of common wording, nor by
/// one of the report's names (its agency's, its region's: a name is not wording), and not a section separator.
///
/// One bit per character: a corpus's worth are held at once.
public struct OwnUnits: Sendable, Hashable {
    private var bits: [UInt64]
    /// The text's length in units.
    let length: Int
    /// How many characters are own.
    public private(set) var count = 0

    /// The own characters of `text`, a report of `region` naming itself `names` (normalised), under `boilerplate`.
    public init(_ text: ComparableText, boilerplate: Boilerplate, region: Int, names: [[UInt16]] = []) {
        let units = text.units
        length = units.count
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
        bits = [UInt64](repeating: 0, count: (units.count + 63) / 64)
        for i in units.indices where !common[i] && units[i] != ComparableText.separator {
            bits[i >> 6] |= 1 << UInt64(i & 63)
            count += 1
        }
    }

    /// Whether unit `i` is own.
    @inline(__always)
    public subscript(i: Int) -> Bool { bits[i >> 6] >> UInt64(i & 63) & 1 == 1 }

    /// The first own unit at or after `i`; the text's length when there is none.
    func firstOwn(from i: Int) -> Int { first(own: true, from: i) }

    /// The first unit at or after `i` that is not own; the text's length when there is none.
    func firstNotOwn(from i: Int) -> Int { first(own: false, from: i) }

    /// The first unit at or after `i` whose bit says `own`, scanning a word of bits at a time; the text's length when
    /// there is none. Bits past the text's length are 0 (not own): a search for one that is not own ends there.
    @inline(__always)
    private func first(own: Bool, from i: Int) -> Int {
        guard i < length else { return length }
        // Looking for a 0 is looking for a 1 in the bits inverted.
        let flip: UInt64 = own ? 0 : ~0
        var word = i >> 6
        var w = (bits[word] ^ flip) & (~0 << UInt64(i & 63))
        while w == 0 {
            word += 1
            guard word < bits.count else { return length }
            w = bits[word] ^ flip
        }
        return min(length, word << 6 + w.trailingZeroBitCount)
    }

    /// The runs of units that are not own words (common wording, names, section separators), in order, found a word of
    /// bits at a time.
    public var commonRuns: [Range<Int>] {
        var runs: [Range<Int>] = []
        var start = firstNotOwn(from: 0)
        while start < length {
            let end = firstOwn(from: start)
            runs.append(start..<end)
            start = firstNotOwn(from: end)
        }
        return runs
    }
}
