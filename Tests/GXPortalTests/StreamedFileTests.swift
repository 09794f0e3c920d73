import Foundation
import Testing
@testable import GXPortal
@testable import GXBuild

@Suite struct StreamedFileTests {
    /// Bytes spanning several of the file's chunks, not a repeating pattern.
    static let bytes = (0..<(StreamedFile.chunk * 5 / 2)).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 11) }

    /// Streams `bytes` in pieces of 1,000 over whatever `existing` holds (nothing: no file), then completes the file.
    static func stream(_ bytes: [UInt8], over existing: [UInt8]?, inPlace: (sha256: SHA256.Digest, size: Int)? = nil) throws
        -> (held: [UInt8], sha256: String, written: Bool) {
        let folder = SiteTestData.scratch("streamed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("data.json").path
        if let existing { #expect(FileManager.default.createFile(atPath: path, contents: Data(existing))) }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(fd >= 0)
        let file = StreamedFile(path: "data.json", fd: fd, inPlace: inPlace) { BuildError.unwritableOutput(folder.path, detail: String($0)) }
        for start in stride(from: 0, to: bytes.count, by: 1000) { try file.append(bytes[start..<min(start + 1000, bytes.count)]) }
        let sha = try #require(try file.complete()).hex
        #expect(file.size == bytes.count)
        #expect(file.checksum.value == bytes.withUnsafeBytes(Checksum.of))
        return (Array(try Data(contentsOf: URL(fileURLWithPath: path))), sha, file.written)
    }

    @Test(arguments: [
        ("no file", nil, true),
        ("an empty file", 0, true),
        ("the same bytes", 1, false),
        ("the same bytes and more", 2, true),
        ("the first bytes only", 3, true),
        ("the last byte changed", 4, true),
    ] as [(String, Int?, Bool)])
    func writesTheBytesAndTellsWhetherTheFileChanged(_ what: String, existing: Int?, changes: Bool) throws {
        var last = Self.bytes
        last[last.count - 1] ^= 0xFF
        let before: [UInt8]? = existing.map { [[], Self.bytes, Self.bytes + [1, 2, 3], Array(Self.bytes.prefix(StreamedFile.chunk + 7)), last][$0] }
        let (held, sha, written) = try Self.stream(Self.bytes, over: before)
        #expect(held == Self.bytes, "over \(what)")
        #expect(sha == SHA256.hex(Self.bytes))
        #expect(written == changes, "over \(what)")
    }

    /// A digest no bytes have: what a file found in place is said to have, to tell whether its bytes were hashed.
    static let said = SHA256.Digest(hex: String(repeating: "5a", count: 32))!

    @Test func aFileMadeAgainWholeTakesTheDigestOfTheFileInPlace() throws {
        let (held, sha, written) = try Self.stream(Self.bytes, over: Self.bytes, inPlace: (Self.said, Self.bytes.count))
        #expect(held == Self.bytes && !written)
        // Not hashed: the digest is the one the file in place was said to have.
        #expect(sha == Self.said.hex)
        // Said to be of another size, the file in place is not taken at its word.
        #expect(try Self.stream(Self.bytes, over: Self.bytes, inPlace: (Self.said, Self.bytes.count + 1)).sha256 == SHA256.hex(Self.bytes))
    }

    @Test(arguments: [0, 999, 1000, StreamedFile.chunk - 1, StreamedFile.chunk, StreamedFile.chunk + 1_234, bytes.count - 1])
    func aFileThatDiffersFromTheOneInPlaceIsHashedWhole(at offset: Int) throws {
        var before = Self.bytes
        before[offset] ^= 0x01
        let (held, sha, written) = try Self.stream(Self.bytes, over: before, inPlace: (Self.said, before.count))
        #expect(held == Self.bytes && written)
        #expect(sha == SHA256.hex(Self.bytes), "differing at \(offset)")
    }

    @Test(arguments: [-1, 1, StreamedFile.chunk])
    func aFileLongerOrShorterThanTheOneInPlaceIsHashedWhole(by extra: Int) throws {
        let new = Array(Self.bytes.prefix(Self.bytes.count - StreamedFile.chunk))
        let before = extra < 0 ? Array(new.dropLast(-extra)) : new + Self.bytes.prefix(extra)
        let (held, sha, written) = try Self.stream(new, over: before, inPlace: (Self.said, before.count))
        #expect(held == new && written)
        #expect(sha == SHA256.hex(new))
    }

    @Test func aFileNotHashedIsWrittenWithItsSizeAndNoChecksum() throws {
        let folder = SiteTestData.scratch("streamed-unhashed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("manifest.json").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(Self.bytes)))
        let fd = open(path, O_RDWR | O_CLOEXEC)
        try #require(fd >= 0)
        let file = StreamedFile(path: "manifest.json", fd: fd, hashed: false) { BuildError.unwritableOutput(folder.path, detail: String($0)) }
        let new = Array(Self.bytes.prefix(StreamedFile.chunk + 5).reversed())
        try file.append(new[..<100])
        try file.append(new[100...])
        #expect(try file.complete() == nil)
        #expect(file.size == new.count && file.written)
        #expect(file.checksum.value == Checksum().value)
        #expect(Array(try Data(contentsOf: URL(fileURLWithPath: path))) == new)
    }

    @Test func anEmptyFileIsWritten() throws {
        let (held, sha, written) = try Self.stream([], over: Self.bytes)
        #expect(held.isEmpty && written)
        #expect(sha == SHA256.hex([UInt8]()))
    }

    @Test func theWriterRecordsAStreamedFileWithItsDigestAndKey() throws {
        let base = SiteTestData.scratch("streamed-writer")
        defer { try? FileManager.default.removeItem(at: base) }
        let writer = try OutputWriter(output: base.appendingPathComponent("Site"))
        defer { writer.discard() }
        let file = try writer.stream(to: "data/reports.json")
        try file.append("{\"a\": 1}\n")
        try writer.finish(file) { "checksum " + $0.hex }
        let recorded = try #require(writer.sortedFiles().first { $0.path == "data/reports.json" }?.file)
        #expect(recorded.sha256.hex == SHA256.hex(Array("{\"a\": 1}\n".utf8)))
        #expect(recorded.size == 9)
        #expect(recorded.key == "checksum " + Array("{\"a\": 1}\n".utf8).withUnsafeBytes(Checksum.hex))
        #expect(writer.diskWrites == 1)
        #expect(try String(contentsOf: writer.staging.appendingPathComponent("data/reports.json"), encoding: .utf8) == "{\"a\": 1}\n")
    }
}
