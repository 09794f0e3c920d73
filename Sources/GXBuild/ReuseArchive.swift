import Foundation
import GXReport
import GXReuse

/// A compact binary form of text reuse's memory (`TextReuseMemory`), kept beside the parse cache for the next build.
public enum ReuseArchive {
    /// Bumped whenever the layout changes, so an old memory is never read as a new one.
    public static let version = 1

    /// The bytes of `memory`, for the builds whose parses are keyed under `seed`.
    public static func encode(_ memory: TextReuseMemory, seed: String) -> [UInt8] {
        var w = ArchiveWriter()
        w.int(version)
        w.string(seed)
        let s = memory.detection.settings
        for n in [Int(bitPattern: UInt(s.share.bitPattern)), s.passage, s.boilerplateReports, s.regionBoilerplateReports] { w.int(n) }
        for names in [memory.agencies, memory.regions] {
            w.int(names.count)
            for name in names { w.string(name) }
        }
        w.int(memory.inputs.count)
        for (input, document) in zip(memory.inputs, memory.detection.documents) {
            w.string(input.path)
            w.string(input.key)
            for n in [document.agency, document.region, document.year, document.names.count] { w.int(n) }
            for name in document.names { w.blob(name.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) }
        }
        let (corpus, regional) = memory.detection.boilerplate.entries
        writeKeys(corpus, to: &w)
        writeKeys(regional, to: &w)
        for picks in memory.detection.picks { writeKeys(picks, to: &w) }
        for result in memory.detection.results { write(result, to: &w) }
        // A damaged byte could still decode (a passage's letters, a number): the checksum tells it.
        var bytes = w.bytes
        withUnsafeBytes(of: bytes.withUnsafeBytes(Checksum.of).littleEndian) { bytes += $0 }
        return bytes
    }

    /// The memory `encode` wrote for `seed`; nil when the bytes are not one (another version or seed, damaged).
    public static func decode(_ whole: UnsafeRawBufferPointer, seed: String) -> TextReuseMemory? {
        guard whole.count >= 8 else { return nil }
        let bytes = UnsafeRawBufferPointer(rebasing: whole[..<(whole.count - 8)])
        guard withUnsafeBytes(of: Checksum.of(bytes).littleEndian, { $0.elementsEqual(whole[(whole.count - 8)...]) }) else { return nil }
        var r = ArchiveReader(bytes)
        guard r.int() == version, r.string() == seed, let share = r.int(), let passage = r.int(),
              let reports = r.int(), let regionReports = r.int(),
              let agencies = readNames(&r), let regions = readNames(&r), let count = r.count() else { return nil }
        let settings = ReuseSettings(share: Double(bitPattern: UInt64(UInt(bitPattern: share))), passage: passage,
                                     boilerplateReports: reports, regionBoilerplateReports: regionReports)
        var inputs: [TextReuseMemory.Input] = [], documents: [ReuseDocument] = []
        for _ in 0..<count {
            guard let path = r.string(), let key = r.string(), let agency = r.int(), let region = r.int(),
                  let year = r.int(), let nameCount = r.count() else { return nil }
            var document = ReuseDocument(agency: agency, region: region, year: year)
            for _ in 0..<nameCount {
                guard let range = r.blob(), range.count % 2 == 0 else { return nil }
                document.names.append(stride(from: range.lowerBound, to: range.upperBound, by: 2).map {
                    UInt16(bytes[$0]) | UInt16(bytes[$0 + 1]) << 8
                })
            }
            inputs.append(.init(path: path, key: key))
            documents.append(document)
        }
        guard let corpus = readKeys(&r), let regional = readKeys(&r) else { return nil }
        var picks: [[UInt64]] = [], results: [ReuseResult] = []
        picks.reserveCapacity(count)
        results.reserveCapacity(count)
        for _ in 0..<count {
            // A picked key's low bits hold a document while candidates are found: they must be clear.
            guard let keys = readKeys(&r), keys.allSatisfy({ $0 & 0xFFFFF == 0 }) else { return nil }
            picks.append(keys)
        }
        for _ in 0..<count {
            guard let result = readResult(&r, documents: count) else { return nil }
            results.append(result)
        }
        guard r.atEnd else { return nil }
        let detection = ReuseMemory(settings: settings, documents: documents,
                                    boilerplate: Boilerplate(corpus: corpus, regional: regional), picks: picks, results: results)
        return TextReuseMemory(detection: detection, inputs: inputs, agencies: agencies, regions: regions)
    }

    /// Ascending keys as their differences, which are short.
    private static func writeKeys(_ keys: [UInt64], to w: inout ArchiveWriter) {
        w.int(keys.count)
        var last: UInt64 = 0
        for key in keys {
            w.int(Int(bitPattern: UInt(key &- last)))
            last = key
        }
    }

    private static func readKeys(_ r: inout ArchiveReader) -> [UInt64]? {
        guard let n = r.count() else { return nil }
        var keys: [UInt64] = []
        keys.reserveCapacity(n)
        var last: UInt64 = 0
        for _ in 0..<n {
            guard let step = r.int() else { return nil }
            last = last &+ UInt64(UInt(bitPattern: step))
            keys.append(last)
        }
        return keys
    }

    private static func readNames(_ r: inout ArchiveReader) -> [String]? {
        guard let n = r.count() else { return nil }
        var names: [String] = []
        for _ in 0..<n {
            guard let name = r.string() else { return nil }
            names.append(name)
        }
        return names
    }
}
