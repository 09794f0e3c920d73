/// A seeded generator, so that every run of a test sees the same figures.
struct SeededGenerator: RandomNumberGenerator {
    /// The SplitMix64 state.
    var state: UInt64

    /// Starts from `seed`.
    init(seed: UInt64) { state = seed }

    /// The next SplitMix64 output.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1330_11EB
        return z ^ (z >> 31)
    }
}
