/// The phrases text reuse compares: every run of `length` consecutive characters of a text (a shingle), hashed.
///
/// The hash is a polynomial rolling hash, so each shingle costs one step, mixed so its bits are even; it is fixed (never
/// seeded per process), so builds are deterministic and hashes of one build mean the same in the next.
public enum Shingles {
    /// Characters per shingle: about five Chinese words, long enough that two agencies' own words rarely share one by
    /// chance, short enough to find a copied sentence after edits.
    public static let length = 12

    private static let base: UInt64 = 0x100_0000_01B3
    private static let lead: UInt64 = {
        var p: UInt64 = 1
        for _ in 1..<length { p = p &* base }
        return p
    }()

    /// Calls `body(start, hash)` for every shingle of `units` in order; shingles holding a separator are skipped.
    @inline(__always)
    public static func forEach(_ units: [UInt16], _ body: (Int, UInt64) -> Void) {
        forEach(units, starts: 0..<units.count, body)
    }

    /// `forEach` for the shingles starting in `starts` alone: the hash starts over at the first of them, so a caller
    /// that needs a few stretches of a text (its own words) does not hash all of it.
    @inline(__always)
    public static func forEach(_ units: [UInt16], starts: Range<Int>, _ body: (Int, UInt64) -> Void) {
        let first = max(0, starts.lowerBound)
        // One past the last start with a whole shingle.
        let last = min(starts.upperBound, units.count - length + 1)
        guard first < last else { return }
        // Every unit of every report goes through this loop, several times a build: the buffer spares a bounds check
        // a step, and every index stays below the text's length.
        units.withUnsafeBufferPointer { u in
            var h: UInt64 = 0
            // The last separator seen, so a shingle is whole only once `length` units follow it.
            var lastSeparator = first - 1
            for i in first..<(last + length - 1) {
                if u[i] == ComparableText.separator { lastSeparator = i }
                if i >= first + length { h = h &- UInt64(u[i - length]) &* lead }
                h = h &* base &+ UInt64(u[i])
                let start = i - length + 1
                if start >= first && start > lastSeparator { body(start, mix(h)) }
            }
        }
    }

    /// Every shingle's hash, by start; nil where a shingle holds a separator.
    public static func hashes(_ units: [UInt16]) -> [UInt64?] {
        var out = [UInt64?](repeating: nil, count: max(0, units.count - length + 1))
        forEach(units) { out[$0] = $1 }
        return out
    }

    /// The hashes of every shingle of `text` normalised.
    public static func hashes(of text: String) -> [UInt64] {
        var out: [UInt64] = []
        forEach(ComparableText.normalized(text)) { out.append($1) }
        return out
    }

    /// SplitMix64's finaliser: spreads the rolling hash's bits, so the low and high bits are equally good keys.
    @inline(__always)
    public static func mix(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
