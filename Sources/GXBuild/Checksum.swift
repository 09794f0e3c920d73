/// A fast 64-bit checksum: not a cryptographic digest, but one that tells any changed 8-byte word and runs at memory
/// speed, for the build's own files that are checked on every rebuild, where SHA-256 would be far slower.
///
/// Bytes may be added piece by piece: the result depends on the bytes alone, not on how they were cut (a file written
/// as it is made is checked without being whole in memory).
package struct Checksum {
    private var h: UInt64 = 0x9E37_79B9_7F4A_7C15
    /// Bytes added since the last whole word, in the word's low bytes.
    private var tail: UInt64 = 0
    private var tailCount = 0
    /// How many bytes were added in all.
    private(set) var count = 0

    /// A checksum of nothing yet.
    package init() {}

    /// The checksum of `bytes`.
    package init(_ bytes: UnsafeRawBufferPointer) {
        add(bytes)
    }

    /// Adds `bytes` after those added so far.
    package mutating func add(_ bytes: UnsafeRawBufferPointer) {
        count += bytes.count
        var i = 0
        if tailCount > 0 {
            while tailCount < 8, i < bytes.count {
                tail |= UInt64(bytes[i]) << (8 * UInt64(tailCount))
                tailCount += 1
                i += 1
            }
            guard tailCount == 8 else { return }
            Self.mix(&h, tail)
            (tail, tailCount) = (0, 0)
        }
        while i + 8 <= bytes.count {
            Self.mix(&h, bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        while i < bytes.count {
            tail |= UInt64(bytes[i]) << (8 * UInt64(tailCount))
            tailCount += 1
            i += 1
        }
    }

    /// The checksum of everything added.
    package var value: UInt64 {
        var h = self.h
        Self.mix(&h, tail)
        // The length last, so it need not be known before the first byte: a zero tail and a shorter input differ.
        Self.mix(&h, UInt64(count))
        // murmur3's finaliser: every input bit reaches every output bit.
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// The checksum as 16 lowercase hex digits.
    package var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The checksum of `bytes`.
    package static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        Checksum(bytes).value
    }

    /// The checksum of `bytes` as 16 lowercase hex digits.
    package static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
        Checksum(bytes).hex
    }

    /// Multiplying by an odd constant and folding the high bits down are both one-to-one: a changed word changes h.
    @inline(__always)
    private static func mix(_ h: inout UInt64, _ word: UInt64) {
        h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 29
    }
}
