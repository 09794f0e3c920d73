import Foundation
import Testing
@testable import GXSite

@Suite struct StreamedFileTests {
    /// Bytes spanning several of the file's chunks, not a repeating pattern.
    static let bytes = (0..<(StreamedFile.chunk * 5 / 2)).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 11) }

    /// Streams `bytes` in pieces of 1,000 over whatever `existing` holds (nothing: no file), then completes the file.
    static func stream(_ bytes: [UInt8], over existing: [UInt8]?) throws -> (held: [UInt8], sha256: String, written: Bool) {
        let folder = SiteTestData.scratch("streamed")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("data.json").path
        if let existing { #expect(FileManager.default.createFile(atPath: path, contents: Data(existing))) }
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        try #require(fd >= 0)
        let file = StreamedFile(path: "data.json", fd: fd) { BuildError.unwritableOutput(folder.path, detail: String($0)) }
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
