import Foundation
import Testing
@testable import GXBuild

/// Digests held in 32 bytes read and write the 64 hex digits the manifest and the cache's lists hold.
struct SHA256DigestTests {
    static let known = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

    @Test(arguments: ["", "a", "gxsite 政府信息公开", String(repeating: "x", count: 100_003)])
    func aDigestIsTheHexDigestInBytes(_ text: String) {
        let hex = SHA256.hex(Array(text.utf8))
        let digest = Array(text.utf8).withUnsafeBytes { SHA256.Digest(of: $0) }
        #expect(digest.hex == hex)
        #expect(SHA256.Digest(hex: hex) == digest)
        #expect(SHA256.Digest(SHA256.hash(Array(text.utf8))) == digest)
        // Appended after other bytes, the same digits.
        var out = Array("x\t".utf8)
        digest.appendHex(to: &out)
        #expect(out == Array(("x\t" + hex).utf8))
    }

    static let readings: [(String, String)] = [
        (known, known),
        (known.uppercased(), known),
        (String(repeating: "0", count: 64), String(repeating: "0", count: 64)),
        ("0123456789abcdefABCDEF" + String(repeating: "f", count: 42), "0123456789abcdefabcdef" + String(repeating: "f", count: 42)),
    ]

    @Test(arguments: readings)
    func hexDigitsReadBack(_ written: String, _ expected: String) throws {
        #expect(try #require(SHA256.Digest(hex: written)).hex == expected)
    }

    static let malformed: [String] = [
        "", "00", String(known.dropLast()), known + "0", String(known.dropLast()) + "g", String(known.dropLast()) + " ",
        "-" + String(known.dropFirst()), String(known.dropLast(2)) + "é",
    ]

    @Test(arguments: malformed)
    func anythingButSixtyFourHexDigitsIsNoDigest(_ written: String) {
        #expect(SHA256.Digest(hex: written) == nil)
    }

    /// Every byte value at the first, a middle and the last digit: a hex digit reads as its value, anything else is no digest.
    @Test(arguments: [0, 31, 63])
    func everyByteIsReadAsADigitOrRejected(_ position: Int) {
        for byte in 0...255 {
            var hex = Array(Self.known.utf8)
            hex[position] = UInt8(byte)
            let value: UInt8? = switch UInt8(byte) {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt8(byte) - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt8(byte) - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt8(byte) - UInt8(ascii: "A") + 10
            default: nil
            }
            let digest = hex.withUnsafeBufferPointer { SHA256.Digest(hex: $0) }
            if let value {
                let expected = String(Self.known.prefix(position)) + String(value, radix: 16) + String(Self.known.dropFirst(position + 1))
                #expect(digest?.hex == expected, "byte \(byte) at \(position)")
            } else {
                #expect(digest == nil, "byte \(byte) at \(position)")
            }
        }
    }

    @Test func digestsDifferingInOneByteDiffer() {
        var bytes = SHA256.hash(Array("a".utf8))
        let first = SHA256.Digest(bytes)
        for i in [0, 7, 8, 31] {
            bytes[i] ^= 1
            #expect(SHA256.Digest(bytes) != first, "byte \(i)")
            #expect(SHA256.Digest(bytes).hashValue != first.hashValue || SHA256.Digest(bytes) != first)
            bytes[i] ^= 1
        }
        #expect(SHA256.Digest(bytes) == first)
    }

    /// A list whose digest is not one is not the list a build wrote: read as no list, so the next build starts afresh.
    @Test(arguments: ["00", String(repeating: "z", count: 64)])
    func aListWithABadDigestIsNoList(_ digest: String) {
        let good = BuildCache.encodeFiles([("index.html", .init(sha256: SHA256.Digest(hex: Self.known)!, size: 3, key: nil))],
                                          key: "K", dataKeys: [], dataYears: [], generator: "g")
        #expect(BuildCache.decodeFiles(Data(good.utf8), key: "K", generator: "g") != nil)
        let bad = good.replacingOccurrences(of: Self.known, with: digest)
        #expect(BuildCache.decodeFiles(Data(bad.utf8), key: "K", generator: "g") == nil)
    }
}
