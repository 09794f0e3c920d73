extension SHA256 {
    /// A SHA-256 digest in 32 bytes, rather than a string of 64 hex digits: the cache's lists hold one for every file of
    /// a site (half a million at 100,000 reports, and an edit's rebuild holds two lists).
    struct Digest: Hashable, Sendable {
        /// The digest's bytes as four big-endian words.
        private let a, b, c, d: UInt64

        /// The digest whose bytes are `bytes` (32 of them).
        init(_ bytes: [UInt8]) {
            precondition(bytes.count == 32, "a SHA-256 digest has 32 bytes")
            func word(_ i: Int) -> UInt64 { bytes[i * 8..<i * 8 + 8].reduce(0) { $0 << 8 | UInt64($1) } }
            (a, b, c, d) = (word(0), word(1), word(2), word(3))
        }

        /// The digest of `bytes`.
        init(of bytes: UnsafeRawBufferPointer) {
            self.init(SHA256.hash(bytes: bytes))
        }

        /// The digest written as `hex`: exactly 64 hex digits, either case; nil for anything else.
        init?(hex: UnsafeBufferPointer<UInt8>) {
            guard hex.count == 64 else { return nil }
            var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
            for i in 0..<4 {
                var word: UInt64 = 0
                for j in 0..<16 {
                    let ch = hex[i * 16 + j]
                    let value: UInt8
                    switch ch {
                    case UInt8(ascii: "0")...UInt8(ascii: "9"): value = ch - UInt8(ascii: "0")
                    case UInt8(ascii: "a")...UInt8(ascii: "f"): value = ch - UInt8(ascii: "a") + 10
                    case UInt8(ascii: "A")...UInt8(ascii: "F"): value = ch - UInt8(ascii: "A") + 10
                    default: return nil
                    }
                    word = word << 4 | UInt64(value)
                }
                switch i {
                case 0: words.0 = word
                case 1: words.1 = word
                case 2: words.2 = word
                default: words.3 = word
                }
            }
            (a, b, c, d) = words
        }

        /// The digest written as `hex`: exactly 64 hex digits; nil for anything else.
        init?(hex: String) {
            var hex = hex
            guard let digest = hex.withUTF8({ Digest(hex: $0) }) else { return nil }
            self = digest
        }

        /// The 64 lowercase hex digits, as `SHA256.hex` writes a digest.
        var hex: String {
            String(unsafeUninitializedCapacity: 64) { out in
                let digits: StaticString = "0123456789abcdef"
                for (i, word) in [a, b, c, d].enumerated() {
                    for j in 0..<16 {
                        out[i * 16 + j] = digits.utf8Start[Int(word >> UInt64(60 - 4 * j) & 0xf)]
                    }
                }
                return 64
            }
        }
    }
}
