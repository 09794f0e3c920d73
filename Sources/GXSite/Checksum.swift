/// A fast 64-bit checksum: not a cryptographic digest, but one that tells any changed 8-byte word and runs at memory
/// speed, for the build's own files that are checked on every rebuild (SHA-256 runs at about 350 MB/s here).
enum Checksum {
    /// The checksum of `bytes`.
    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        // Multiplying by an odd constant and folding the high bits down are both one-to-one: a changed word changes h.
        func mix(_ word: UInt64) {
            h = (h ^ word) &* 0xFF51_AFD7_ED55_8CCD
            h ^= h >> 29
        }
        var i = 0
        while i + 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var last: UInt64 = 0
        for j in i..<bytes.count { last |= UInt64(bytes[j]) << (8 * UInt64(j - i)) }
        mix(last)
        // murmur3's finaliser: every input bit reaches every output bit.
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// The checksum of `bytes` as 16 lowercase hex digits.
    static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
        let digits = String(of(bytes), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
