import Foundation
import Testing
@testable import GXBuild

/// The build's spool: records appended from several threads read back whole, the file gone from its folder at once.
struct SpoolTests {
    @Test func recordsAppendedConcurrentlyReadBackWhole() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("spool-\(getpid())-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let spool = try #require(Spool(folder: folder))
        let records = (0..<200).map { i in [UInt8]((0..<(i * 37 % 500)).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ i) }) }
        let refs = Parallel.map(Array(records.indices), jobs: 4) { spool.append(records[$0]) }
        for (record, ref) in zip(records, refs) {
            let ref = try #require(ref)
            #expect(spool.read(ref) == record)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
        #expect(ParseRecord.spooled(try #require(refs[3])).bytes(in: spool) == records[3])
        #expect(ParseRecord.bytes([1, 2]).bytes(in: nil) == [1, 2])
    }
}
