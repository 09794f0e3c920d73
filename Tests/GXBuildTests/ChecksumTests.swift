import Foundation
import Testing
@testable import GXBuild

@Suite struct ChecksumTests {
    /// 1,000 bytes that are not a repeating pattern.
    static let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: ($0 &* 7919) >> 3 ^ $0) }

    @Test(arguments: [1, 3, 7, 8, 9, 64, 999])
    func piecesGiveTheChecksumOfTheWhole(piece: Int) {
        let whole = Self.bytes.withUnsafeBytes(Checksum.of)
        var checksum = Checksum()
        for start in stride(from: 0, to: Self.bytes.count, by: piece) {
            Self.bytes[start..<min(start + piece, Self.bytes.count)].withUnsafeBytes { checksum.add($0) }
        }
        #expect(checksum.value == whole)
        #expect(checksum.count == 1000)
        #expect(checksum.hex == Self.bytes.withUnsafeBytes(Checksum.hex))
    }

    @Test func trailingZerosAndLengthAreTold() {
        // A zero-padded tail would checksum like the shorter input were the length not mixed in.
        let values = (0...17).map { [UInt8](repeating: 0, count: $0).withUnsafeBytes(Checksum.of) }
        #expect(Set(values).count == values.count)
        #expect([UInt8]([1, 0]).withUnsafeBytes(Checksum.of) != [UInt8]([1]).withUnsafeBytes(Checksum.of))
    }

    @Test func anEmptyPieceChangesNothing() {
        var checksum = Checksum()
        Self.bytes[..<5].withUnsafeBytes { checksum.add($0) }
        [UInt8]().withUnsafeBytes { checksum.add($0) }
        Self.bytes[5...].withUnsafeBytes { checksum.add($0) }
        #expect(checksum.value == Self.bytes.withUnsafeBytes(Checksum.of))
    }
}
