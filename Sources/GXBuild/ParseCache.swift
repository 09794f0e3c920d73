import Foundation
import GXReport
import GXReuse

/// The last build's parse outcomes (reports without their narrative, and findings), so a rebuild parses only the inputs
/// that changed.
///
/// One file, `.gxsite-cache/<output name>/parsed`: a header with the seed the outcomes depend on (gxsite itself, the
/// aliases), then one record per input: its path, the key of what it was parsed from (its bytes and its sidecars'), the
/// outcome's 64-bit checksum, and the outcome in `ReportArchive` form. The file is mapped, not read: a record is decoded only when its key matches.
// @unchecked Sendable: the mapped file and the index of its records are made in init and only read after; parsing
// threads look records up concurrently.
package final class ParseCache: @unchecked Sendable {
    package static let magic = "gxsite-parse-cache-2"

    private let data: Data
    private let records: [String: Record]

    /// Where a record's parts are in the file.
    private struct Record {
        var key: String
        /// The archive's checksum: a damaged record is parsed again, never published.
        var check: Range<Int>
        var bytes: Range<Int>
    }

    /// Bytes of checksum kept per record.
    private static let checkLength = 8

    /// The cache at `path` when it exists, is well formed and was written with `seed`; nil otherwise.
    package init?(path: String, seed: String) {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) else { return nil }
        let parsed: [String: Record]? = data.withUnsafeBytes { raw in
            var r = ArchiveReader(raw)
            guard r.string() == Self.magic, r.int() == ReportArchive.version, r.string() == seed, let n = r.count() else { return nil }
            var records: [String: Record] = [:]
            records.reserveCapacity(min(n, 1 << 20))
            for _ in 0..<n {
                guard let path = r.string(), let key = r.string(), let check = r.blob(), check.count == Self.checkLength,
                      let bytes = r.blob() else { return nil }
                records[path] = Record(key: key, check: check, bytes: bytes)
            }
            return r.atEnd ? records : nil
        }
        guard let parsed else { return nil }
        self.data = data
        self.records = parsed
    }

    /// Whether saving `records` would write the same file again: every record carried over, and nothing else held.
    package func holdsExactly(_ records: [(path: String, key: String, archive: ParseRecord?)]) -> Bool {
        records.count == self.records.count && records.allSatisfy { $0.archive == nil && stored($0.path, key: $0.key) != nil }
    }

    /// The outcome recorded for `path` when it was parsed from what `key` stands for; nil when it was not.
    package func outcome(for path: String, key: String) -> ParseOutcome? {
        guard let record = records[path], record.key == key else { return nil }
        return data.withUnsafeBytes { raw in
            let archive = UnsafeRawBufferPointer(rebasing: raw[record.bytes])
            guard Self.check(archive).elementsEqual(raw[record.check]) else { return nil }
            return ReportArchive.decode(archive)
        }
    }

    /// The compared text of the outcome recorded for `path` under `key`, read alone; nil when there is none.
    package func text(for path: String, key: String) -> ComparableText? {
        guard let record = stored(path, key: key) else { return nil }
        return data.withUnsafeBytes { ReportArchive.text(UnsafeRawBufferPointer(rebasing: $0[record.bytes])) }
    }

    /// Whether an outcome of `path` was recorded under `key`, without decoding it (a damaged one is found when read).
    package func holds(_ path: String, key: String) -> Bool {
        stored(path, key: key) != nil
    }

    /// The record's checksum as stored: `Checksum`, not SHA-256: a rebuild checks every record it takes from the cache,
    /// and SHA-256 is far slower.
    package static func check(_ archive: UnsafeRawBufferPointer) -> [UInt8] {
        withUnsafeBytes(of: Checksum.of(archive).littleEndian) { Array($0) }
    }

    /// Where the stored outcome of `path` is in the file, when it was recorded under `key`.
    private func stored(_ path: String, key: String) -> Record? {
        guard let record = records[path], record.key == key else { return nil }
        return record
    }

    /// Writes a cache of `records` atomically: a killed build leaves the old file or the new one. A record without an
    /// archive carries over `old`'s bytes for the same path and key (dropped when there are none); a spooled one is read
    /// back from `spool`. Written in chunks, so the file is never whole in memory.
    package static func save(_ records: [(path: String, key: String, archive: ParseRecord?)], spool: Spool? = nil,
                             carryingFrom old: ParseCache?, seed: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        func failure(_ code: Int32) -> BuildError { .unwritableOutput(folder, detail: String(cString: strerror(code))) }
        let kept = records.filter { $0.archive != nil || old?.stored($0.path, key: $0.key) != nil }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw BuildError.unwritableOutput(folder, detail: OutputWriter.reason(error))
        }
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(errno) }
        defer { close(fd) }
        var w = ArchiveWriter()
        func flush(atLeast limit: Int) throws {
            guard w.bytes.count >= limit else { return }
            if let code = w.bytes.withUnsafeBytes({ OutputWriter.writeAll(fd, $0) }) { throw failure(code) }
            w = ArchiveWriter()
        }
        w.string(magic)
        w.int(ReportArchive.version)
        w.string(seed)
        w.int(kept.count)
        try (old?.data ?? Data()).withUnsafeBytes { oldBytes in
            for record in kept {
                w.string(record.path)
                w.string(record.key)
                if let recorded = record.archive {
                    guard let archive = recorded.bytes(in: spool) else { throw failure(EIO) }
                    w.blob(archive.withUnsafeBytes(check))
                    w.blob(archive)
                } else if let stored = old?.stored(record.path, key: record.key) {
                    w.blob(oldBytes[stored.check])
                    w.blob(oldBytes[stored.bytes])
                }
                try flush(atLeast: 1 << 20)
            }
        }
        try flush(atLeast: 1)
        guard rename(temporary, path) == 0 else { throw failure(errno) }
    }
}
