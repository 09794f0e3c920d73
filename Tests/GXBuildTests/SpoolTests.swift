import Foundation
import Testing
@testable import GXBuild

/// The build's spool: records appended from several threads read back whole, whether written in batches, still
/// waiting, or kept in memory because the file could not take them; the file gone from its folder at once.
struct SpoolTests {
    private static let records = (0..<200).map { i in [UInt8]((0..<(i * 37 % 500)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ i) }) }

    @Test func recordsAppendedConcurrentlyReadBackWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spool-\(getpid())-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spool = try #require(Spool(folder: folder))
        let refs = Parallel.map(Array(Self.records.indices), jobs: 4) { spool.append(Self.records[$0]) }
        for (record, ref) in zip(Self.records, refs) { #expect(spool.read(ref) == record) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(ParseRecord.spooled(refs[3]).bytes(in: spool) == Self.records[3])
        #expect(ParseRecord.bytes([1, 2]).bytes(in: nil) == [1, 2])
    }

    /// A batch of one byte writes every record at once; 5,000 bytes leaves the last records waiting in memory.
    @Test(arguments: [1, 5_000, 1 << 20])
    func recordsReadBackWhateverTheBatch(batch: Int) throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("spool-\(UUID().uuidString)").path
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL, 0o600)
        try #require(fd >= 0)
        unlink(path)
        let spool = Spool(fd: fd, batch: batch)
        let refs = Parallel.map(Array(Self.records.indices), jobs: 4) { spool.append(Self.records[$0]) }
        for (record, ref) in zip(Self.records, refs) { #expect(spool.read(ref) == record) }
        // Every record but the ones still waiting is in the file, at its place.
        var size = stat()
        #expect(fstat(fd, &size) == 0)
        let total = Self.records.map(\.count).reduce(0, +)
        #expect(batch == 1 ? Int(size.st_size) == total : Int(size.st_size) < total)
    }

    /// `/dev/full` refuses every write as a full disk would: the records stay in memory and read back from there.
    @Test func recordsAFullDiskRefusesStayInMemory() throws {
        let fd = open("/dev/full", O_RDWR)
        try #require(fd >= 0)
        let spool = Spool(fd: fd, batch: 100)
        let refs = Self.records.map { spool.append($0) }
        for (record, ref) in zip(Self.records, refs) { #expect(spool.read(ref) == record) }
    }
}
