/// The corpus's own PRNG (SplitMix64).
///
/// Swift's `SystemRandomNumberGenerator` cannot be seeded, and the standard library's
/// `random(in:using:)` and `shuffle(using:)` algorithms may change between toolchains, so every
/// draw goes through the helpers below to keep a seed's output byte-identical everywhere.
struct SplitMix64: Sendable {
    private var state: UInt64

    /// Starts a stream at `seed`.
    init(seed: UInt64) {
        state = seed
    }

    /// Starts an independent stream for one entity (an agency, a report, …), so that what one
    /// report draws never depends on how many draws other reports made before it.
    init(seed: UInt64, stream: UInt64, _ a: UInt64 = 0, _ b: UInt64 = 0) {
        var x = SplitMix64.finalize(seed &+ 0x9E37_79B9_7F4A_7C15)
        x = SplitMix64.finalize(x ^ (stream &* 0xD1B5_4A32_D192_ED03))
        x = SplitMix64.finalize(x ^ (a &* 0x8CB9_2BA7_2F3D_8DD7))
        x = SplitMix64.finalize(x ^ (b &* 0xABC9_8388_FB8F_AC03))
        state = x
    }

    private static func finalize(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.finalize(state)
    }

    /// A uniform integer in `lower...upper` (Lemire's multiply-high; the bias is far below anything a test could see).
    mutating func int(_ lower: Int, _ upper: Int) -> Int {
        if upper <= lower { return lower }
        let span = UInt64(upper - lower) + 1
        return lower + Int(next().multipliedFullWidth(by: span).high)
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) * 0x1p-53 < p
    }

    /// A uniformly chosen element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[int(0, items.count - 1)]
    }

    /// An index drawn with the given non-negative weights (at least one positive).
    mutating func weighted(_ weights: [Int]) -> Int {
        var total = 0
        for w in weights { total += w }
        var r = int(0, total - 1)
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }

    /// Fisher–Yates, spelled out so the permutation is fixed by the seed alone.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = int(0, i)
            if i != j { items.swapAt(i, j) }
        }
    }
}
