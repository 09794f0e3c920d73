import Foundation
import Testing
@testable import GXBuild

@Suite struct SHA256Tests {
    // FIPS 180-2 / NIST CAVP example messages.
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func vector(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }

    @Test func oneMillionA() {
        let message = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(SHA256.hex(message) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func paddingBoundaries() {
        // Lengths around 55/56/64 bytes take the one- and two-block padding paths.
        for length in [55, 56, 63, 64, 65, 119, 120] {
            #expect(SHA256.hash([UInt8](repeating: 0, count: length)).count == 32)
        }
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 64)) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }
}

@Suite struct SHA256IncrementalTests {
    /// 100,003 bytes that are not a repeating pattern.
    static let bytes = (0..<100_003).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }

    @Test(arguments: [1, 55, 63, 64, 65, 4096, 100_003])
    func piecesGiveTheDigestOfTheWhole(piece: Int) {
        let sha = SHA256.Incremental()
        for start in stride(from: 0, to: Self.bytes.count, by: piece) {
            Self.bytes[start..<min(start + piece, Self.bytes.count)].withUnsafeBytes { sha.add($0) }
        }
        #expect(sha.finish() == SHA256.hash(Self.bytes))
    }

    @Test(arguments: [0, 55, 56, 63, 64, 119, 120])
    func paddingBoundaries(length: Int) {
        let message = [UInt8](repeating: 0x61, count: length)
        let sha = SHA256.Incremental()
        message.withUnsafeBytes { sha.add($0) }
        #expect(sha.finish() == SHA256.hash(message))
    }

    @Test func theDigestTypeReadsSwiftCryptosDigest() {
        // Digest(of:) reads swift-crypto's digest as words; it must agree with the bytes `hash` gives.
        for length in [0, 1, 64, 1000] {
            let message = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            #expect(message.withUnsafeBytes { SHA256.Digest(of: $0) } == SHA256.Digest(SHA256.hash(message)))
        }
    }
}
