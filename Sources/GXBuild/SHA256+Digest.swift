import Crypto

extension SHA256 {
    /// A SHA-256 digest in 32 bytes, rather than a string of 64 hex digits: the cache's lists hold one for every file of
    /// a site (half a million at 100,000 reports, and an edit's rebuild holds two lists).
    package struct Digest: Hashable, Sendable {
        /// The digest's bytes as four big-endian words.
        private let a, b, c, d: UInt64

        /// The digest whose bytes are `bytes` (32 of them).
        package init(_ bytes: [UInt8]) {
            precondition(bytes.count == 32, "a SHA-256 digest has 32 bytes")
            func word(_ i: Int) -> UInt64 { bytes[i * 8..<i * 8 + 8].reduce(0) { $0 << 8 | UInt64($1) } }
            (a, b, c, d) = (word(0), word(1), word(2), word(3))
        }

        /// The digest of `bytes`.
        package init(of bytes: UnsafeRawBufferPointer) {
            self.init(Crypto.SHA256.hash(data: bytes))
        }

        /// swift-crypto's digest, read as four words without an array between (one is made for every file written).
        package init(_ digest: Crypto.SHA256.Digest) {
            (a, b, c, d) = digest.withUnsafeBytes { raw in
                // Loaded unaligned: the digest's storage promises no alignment. Bytes are big-endian words.
                func word(_ i: Int) -> UInt64 { UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) }
                return (word(0), word(1), word(2), word(3))
            }
        }

        /// The digest written as `hex`: exactly 64 hex digits, either case; nil for anything else.
        package init?(hex: UnsafeBufferPointer<UInt8>) {
            // Read for every file of both lists on each rebuild: a table lookup a digit, far cheaper than comparisons a
            // digit, checked once at the end.
            guard hex.count == 64, let base = hex.baseAddress else { return nil }
            var invalid: UInt8 = 0
            func word(_ i: Int) -> UInt64 {
                var word: UInt64 = 0
                for j in i * 16..<i * 16 + 16 {
                    let value = Self.digitValues[Int(base[j])]
                    invalid |= value
                    word = word << 4 | UInt64(value & 0x0F)
                }
                return word
            }
            (a, b, c, d) = (word(0), word(1), word(2), word(3))
            if invalid & 0xF0 != 0 { return nil }
        }

        /// Each byte's value as a hex digit, 0xFF for bytes that are not one. Made once and never freed.
        // nonisolated(unsafe): a pointer is not Sendable, but the table is filled once by the static's initialiser (run
        // once, thread-safely) and only read after, so threads share it safely.
        private nonisolated(unsafe) static let digitValues: UnsafePointer<UInt8> = {
            let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
            table.initialize(repeating: 0xFF, count: 256)
            for (value, digit) in "0123456789abcdef".utf8.enumerated() { table[Int(digit)] = UInt8(value) }
            for (value, digit) in "ABCDEF".utf8.enumerated() { table[Int(digit)] = UInt8(value + 10) }
            return UnsafePointer(table)
        }()

        /// The digest written as `hex`: exactly 64 hex digits; nil for anything else.
        package init?(hex: String) {
            var hex = hex
            guard let digest = hex.withUTF8({ Digest(hex: $0) }) else { return nil }
            self = digest
        }

        /// The 64 lowercase hex digits, as the manifest and the cache's lists hold a digest.
        package var hex: String {
            String(unsafeUninitializedCapacity: 64) { out in
                write(into: UnsafeMutableBufferPointer(rebasing: out[0..<64]))
                return 64
            }
        }

        /// Appends the 64 lowercase hex digits to `out`, without making their string (the lists and the manifest write
        /// one for every file of a site).
        package func appendHex(to out: inout [UInt8]) {
            let start = out.count
            out.append(contentsOf: repeatElement(0, count: 64))
            out.withUnsafeMutableBufferPointer { write(into: UnsafeMutableBufferPointer(rebasing: $0[start..<start + 64])) }
        }

        private func write(into out: UnsafeMutableBufferPointer<UInt8>) {
            let digits: StaticString = "0123456789abcdef"
            func put(_ word: UInt64, at start: Int) {
                for j in 0..<16 { out[start + j] = digits.utf8Start[Int(word >> UInt64(60 - 4 * j) & 0xf)] }
            }
            put(a, at: 0)
            put(b, at: 16)
            put(c, at: 32)
            put(d, at: 48)
        }
    }
}
