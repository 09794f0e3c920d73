import Foundation
import Testing
@testable import GXPortal
import GXReport
@testable import GXBuild

/// The cache's list of files reads back exactly as written, whatever the paths hold.
struct BuildCacheFilesTests {
    static let lists: [[(path: String, file: BuildCache.OutputFile)]] = [
        [],
        [("index.html", .init(sha256: Self.digest("a"), size: 0, key: nil))],
        [("a\tb/c\\d.html", .init(sha256: Self.digest("00"), size: 12_345_678, key: "k1")), ("余姚/file\t.txt", .init(sha256: Self.digest("ff"), size: 7, key: "-x"))],
        // A report's files share their key (read as one string); empty keys and keys that differ only at the end.
        [("a/index.html", .init(sha256: Self.digest("01"), size: 1, key: "unit")), ("a/report.md", .init(sha256: Self.digest("02"), size: 2, key: "unit")),
         ("b/index.html", .init(sha256: Self.digest("03"), size: 3, key: "")), ("b/report.md", .init(sha256: Self.digest("04"), size: 4, key: "")),
         ("c/index.html", .init(sha256: Self.digest("05"), size: 5, key: "unit2")), ("c/report.md", .init(sha256: Self.digest("06"), size: 6, key: "unit")),
         ("d.html", .init(sha256: Self.digest("07"), size: 7, key: nil)), ("e.html", .init(sha256: Self.digest("08"), size: 8, key: "unit"))],
        // The list before, after an edit: one file changed, one gone, one new.
        [("a/index.html", .init(sha256: Self.digest("11"), size: 1, key: "unit")), ("a/report.md", .init(sha256: Self.digest("02"), size: 2, key: "unit")),
         ("b/index.html", .init(sha256: Self.digest("03"), size: 3, key: "")), ("b/report.md", .init(sha256: Self.digest("04"), size: 4, key: "")),
         ("c/index.html", .init(sha256: Self.digest("05"), size: 5, key: "unit2")), ("c/new\t.html", .init(sha256: Self.digest("06"), size: 6, key: "unit")),
         ("d.html", .init(sha256: Self.digest("07"), size: 7, key: nil)), ("e.html", .init(sha256: Self.digest("08"), size: 8, key: "unit"))],
    ]

    /// A digest whose hex digits repeat `digits`.
    static func digest(_ digits: String) -> SHA256.Digest {
        SHA256.Digest(hex: String(repeating: digits, count: 64 / digits.count))!
    }

    @Test(arguments: lists.indices)
    func fileListRoundTrips(_ i: Int) throws {
        let list = Self.lists[i]
        let text = BuildCache.encodeFiles(list, key: "K", dataKeys: ["d1", "d2"], dataYears: [2021, 2019], generator: "g\t1")
        let read = try #require(BuildCache.decodeFiles(Data(text.utf8), key: "K", generator: "g\t1"))
        #expect(read.files == Dictionary(uniqueKeysWithValues: list.map { ($0.path, $0.file) }))
        #expect(read.order == list.map(\.path))
        #expect(read.dataKeys == ["d1", "d2"] && read.dataYears == [2021, 2019])
        #expect(BuildCache.decodeFiles(Data(text.utf8), key: "other", generator: "g\t1") == nil)
        #expect(BuildCache.decodeFiles(Data(text.utf8), key: "K", generator: "g 2") == nil)
    }

    @Test(arguments: lists.indices, [1, 40, 1 << 20])
    func theListInPiecesIsTheWholeList(_ i: Int, piece: Int) throws {
        let list = Self.lists[i]
        let whole = BuildCache.encodeFiles(list, key: "K", dataKeys: ["d1", "d2"], dataYears: [2021, 2019], generator: "g")
        var pieces: [[UInt8]] = []
        BuildCache.encodeFiles(list, key: "K", dataKeys: ["d1", "d2"], dataYears: [2021, 2019], generator: "g", piece: piece) {
            pieces.append($0)
        }
        #expect(String(decoding: pieces.joined(), as: UTF8.self) == whole)
        // Handed over as soon as a piece is full: never more than one record beyond it.
        #expect(pieces.dropLast().allSatisfy { $0.count >= piece && $0.count < piece + 200 })
    }

    @Test func theDraftListIsWhatSavePutsInPlace() throws {
        let base = SiteTestData.scratch("draft-files")
        let cache = BuildCache(output: base.appendingPathComponent("Site"))
        let list = Self.lists[3]
        try cache.draftFiles(list, key: "K", dataKeys: ["d1"], dataYears: [2024], generator: "g")
        var state = BuildCache.State()
        state.key = "K"
        try cache.save(state, spareFrom: nil, generator: "g")
        #expect(!FileManager.default.fileExists(atPath: cache.draftFilesPath))
        let text = try String(contentsOfFile: cache.filesPath, encoding: .utf8)
        #expect(text == BuildCache.encodeFiles(list, key: "K", dataKeys: ["d1"], dataYears: [2024], generator: "g"))
    }

    @Test(arguments: lists.indices, lists.indices)
    func theSpareListDraftedAsChangesReadsBackAsThePublishedList(_ before: Int, _ after: Int) throws {
        let base = SiteTestData.scratch("changes-\(before)-\(after)")
        let cache = BuildCache(output: base.appendingPathComponent("Site"))
        let old = Dictionary(uniqueKeysWithValues: Self.lists[before].map { ($0.path, $0.file) })
        let new = Self.lists[after]
        // The build before: its list is the published one.
        try cache.draftFiles(Self.lists[before], key: "S", dataKeys: [], dataYears: [], generator: "g")
        var state = BuildCache.State()
        state.key = "S"
        try cache.save(state, spareFrom: nil, generator: "g")
        // This build: the published site becomes the spare folder.
        try FileManager.default.createDirectory(atPath: cache.sparePath, withIntermediateDirectories: true)
        try cache.draftFiles(new, key: "K", dataKeys: ["d1"], dataYears: [2024], published: (key: "S", files: old), generator: "g")
        state.key = "K"
        state.spareInode = FileStamp.of(cache.sparePath)?.inode
        try cache.save(state, spareFrom: "S", generator: "g")
        #expect(!FileManager.default.fileExists(atPath: cache.draftChangesPath))
        let recorded = try #require(cache.load(generator: "g"))
        let loaded = try #require(cache.loadFiles(of: recorded, generator: "g"))
        #expect(loaded.live == Dictionary(uniqueKeysWithValues: new.map { ($0.path, $0.file) }))
        #expect(loaded.spare == old)
        #expect(loaded.spareKey == "S" && loaded.spareInode != nil)
        // Written as changes when at most half the files changed, else the published list itself.
        let changes = BuildCache.changes(from: new, to: old)
        let spareList = try String(contentsOfFile: cache.spareFilesPath, encoding: .utf8)
        #expect(spareList.contains("\nbase\tK\n") == (changes.count * 2 <= new.count))
    }

    @Test func changesNameWhatChangedAndWhatWentOnly() {
        let changes = BuildCache.changes(from: Self.lists[4], to: Dictionary(uniqueKeysWithValues: Self.lists[3].map { ($0.path, $0.file) }))
        #expect(changes.map(\.path) == ["a/index.html", "c/new\t.html", "c/report.md"])
        #expect(changes.map { $0.file?.sha256 } == [Self.digest("01"), nil, Self.digest("06")])
        // A list of changes is not taken for a whole list of another key, nor applied to a list of another key.
        let text = BuildCache.encodeChanges(changes, key: "S", base: "K", generator: "g")
        let read = BuildCache.decodeFiles(Data(text.utf8), key: "S", generator: "g")
        #expect(read?.base == "K" && read?.gone == ["c/new\t.html"] && read?.files.count == 2)
    }

    @Test func aSpareListOfChangesToAnotherListIsNotTrusted() throws {
        let base = SiteTestData.scratch("changes-stale")
        let cache = BuildCache(output: base.appendingPathComponent("Site"))
        try cache.draftFiles(Self.lists[3], key: "K", dataKeys: [], dataYears: [], generator: "g")
        try FileManager.default.createDirectory(atPath: cache.sparePath, withIntermediateDirectories: true)
        var state = BuildCache.State()
        state.key = "K"
        state.spareKey = "S"
        state.spareInode = FileStamp.of(cache.sparePath)?.inode
        try cache.save(state, spareFrom: nil, generator: "g")
        let changes = BuildCache.changes(from: Self.lists[3], to: Dictionary(uniqueKeysWithValues: Self.lists[4].map { ($0.path, $0.file) }))
        try BuildCache.encodeChanges(changes, key: "S", base: "other", generator: "g").write(toFile: cache.spareFilesPath, atomically: true, encoding: .utf8)
        let loaded = try #require(cache.loadFiles(of: state, generator: "g"))
        #expect(loaded.spare.isEmpty && loaded.spareInode == nil)
    }

    @Test func aCleanBuildChecksThePublishedListButKeepsNoList() throws {
        let base = SiteTestData.scratch("clean-lists")
        let cache = BuildCache(output: base.appendingPathComponent("Site"))
        try cache.draftFiles(Self.lists[3], key: "K", dataKeys: ["d1"], dataYears: [2024], generator: "g")
        var state = BuildCache.State()
        state.key = "K"
        try cache.save(state, spareFrom: nil, generator: "g")
        let kept = try #require(cache.loadFiles(of: state, generator: "g"))
        #expect(kept.liveOrder == Self.lists[3].map(\.path) && kept.dataKeys == ["d1"])
        let checked = try #require(cache.loadFiles(of: state, generator: "g", keepingLists: false))
        #expect(checked.live.isEmpty && checked.liveOrder.isEmpty && checked.dataKeys.isEmpty && checked.key == "K")
        // A list of another build is refused either way.
        state.key = "other"
        #expect(cache.loadFiles(of: state, generator: "g") == nil)
        #expect(cache.loadFiles(of: state, generator: "g", keepingLists: false) == nil)
    }

    @Test func aFileRecordOfAnotherShapeIsRejected() {
        let head = BuildCache.encodeFiles([], key: "K", dataKeys: [], dataYears: [], generator: "g")
        for bad in ["file\ta\tsha\t1\n", "file\ta\tsha\t1\tkey\textra\n", "files\ta\tsha\t1\tkey\n", "datakey\tk\n", "datakey\tk\tyear\n"] {
            #expect(BuildCache.decodeFiles(Data((head + bad).utf8), key: "K", generator: "g") == nil, "\(bad)")
        }
    }

    @Test func stateInputsRoundTripWhateverTheirPathsAndStamps() throws {
        var state = BuildCache.State()
        state.key = "K"
        let stamps: [(String, FileStamp)] = [
            ("r000001.txt", FileStamp(size: 4663, modified: 1_795_343_283_153_978_550, changed: 1_795_343_283_153_978_551, inode: 16_240_529)),
            ("余姚/a\tb\\c.txt", FileStamp(size: 0, modified: 0, changed: 0, inode: 0)),
            ("tab\there.docx", FileStamp(size: 9, modified: -5_000_000_000, changed: 3, inode: 7)),
        ]
        for (i, (path, stamp)) in stamps.enumerated() { state.inputs[path] = (stamp, String(repeating: "\(i)", count: 64)) }
        let text = BuildCache.encode(state, generator: "g")
        let read = try #require(BuildCache.decode(Data(text.utf8), generator: "g"))
        #expect(read.inputs.count == stamps.count)
        for (i, (path, stamp)) in stamps.enumerated() {
            #expect(read.inputs[path]?.stamp == stamp, "\(path)")
            #expect(read.inputs[path]?.sha256 == String(repeating: "\(i)", count: 64))
        }
    }

    static let findings: [Finding] = {
        var accepted = Finding(rule: "row-sum", severity: .error, file: "余姚/r1.txt", location: SourceLocation(line: 127, column: 2),
                               message: "二、上年结转政府信息公开申请数量：自然人+法人或其他组织=3，总计=0", where: "表三 第2行 第8列")
        accepted.acceptance = "系统导出时\t合并了\n两行"
        var blankAcceptance = Finding(rule: "late-publication", severity: .warning, file: "a\\b.txt", location: SourceLocation(line: 1, column: 1),
                                      message: "-")
        blankAcceptance.acceptance = ""
        return [
            accepted,
            blankAcceptance,
            Finding(rule: "missing-section", severity: .error, file: "r\t2.txt", location: SourceLocation(line: 0, column: 0),
                    message: "缺少第六部分“其他需要报告的事项”\r", where: "-"),
            Finding(rule: "x", severity: .warning, file: "", location: SourceLocation(line: 9_999_999, column: 3), message: "=", where: "="),
            Finding(rule: "row-sum", severity: .error, file: "r.pdf", location: SourceLocation(line: 40, column: 8, page: 3), message: "m"),
        ]
    }()

    @Test(arguments: findings.indices)
    func aFindingRecordReadsBackAsTheFinding(_ i: Int) throws {
        var state = BuildCache.State()
        state.findings = [Self.findings[i], Self.findings[(i + 1) % Self.findings.count]]
        state.configFindings = [Self.findings[(i + 2) % Self.findings.count]]
        let read = try #require(BuildCache.decode(Data(BuildCache.encode(state, generator: "g").utf8), generator: "g"))
        let recorded = try #require(read.recordedFindings())
        #expect(recorded.findings == state.findings)
        #expect(recorded.config == state.configFindings)
    }

    @Test func aFindingRecordOfAnotherShapeIsNoFinding() {
        for bad in ["finding", "finding\trow-sum\terror\t1\t2\t0\tf\tm\t-", "finding\trow-sum\tfatal\t1\t2\t0\tf\tm\t-\t-",
                    "finding\trow-sum\terror\tone\t2\t0\tf\tm\t-\t-", "finding\trow-sum\terror\t1\t2\t0\tf\tm\tplace\t-",
                    "finding\trow-sum\terror\t1\t2\t0\tf\tm\t-\t-\t-", "finding\trow-sum\terror\t1\t2\tp\tf\tm\t-\t-",
                    "finding\trow-sum\terror\t1\t2\tf\tm\t-\t-"] {
            #expect(BuildCache.finding(fromRecord: bad) == nil, "\(bad)")
        }
        #expect(BuildCache.finding(fromRecord: "finding\trow-sum\terror\t1\t2\t0\tf\tm\t-\t=ok")?.acceptance == "ok")
        #expect(BuildCache.finding(fromRecord: "finding\trow-sum\terror\t1\t2\t3\tf\tm\t-\t-")?.page == 3)
        // A damaged record makes the recorded findings unusable, not shorter.
        var state = BuildCache.State()
        state.findingRecords.findings = ["finding\trow-sum\terror\t1\t2\t0\tf\tm\t-\t-", "finding\tbroken"]
        #expect(state.recordedFindings() == nil)
    }

    @Test func inputRecordsAsWrittenTakeTheFastPath() throws {
        var state = BuildCache.State()
        state.inputs["r000001.txt"] = (FileStamp(size: 4663, modified: 1_795_343_283_153_978_550, changed: 9_223_372_036_854_775_807,
                                                 inode: 16_240_529), String(repeating: "a", count: 64))
        let line = try #require(BuildCache.encodeRecords(state).split(separator: "\n").first)
        #expect(line.hasPrefix("input\t"))
        let read = Array(line.utf8).withUnsafeBufferPointer { BuildCache.inputRecord($0, 0..<$0.count) }
        #expect(read?.0 == "r000001.txt" && read?.1.stamp == state.inputs["r000001.txt"]?.stamp)
        // One past Int.max, and a negative time, are left to the generic reader.
        for bad in ["input\tx\t1\t9223372036854775808\t1\t1\tsha", "input\tx\t1\t-5\t1\t1\tsha"] {
            #expect(Array(bad.utf8).withUnsafeBufferPointer { BuildCache.inputRecord($0, 0..<$0.count) } == nil)
        }
    }

    @Test(arguments: [1, 2])
    func backgroundWorkCanBeAwaitedAgain(jobs: Int) {
        let work = Background(jobs: jobs) { 42 }
        #expect(work.wait() == 42)
        work.finish()
        work.finish()
    }

    @Test func theParseCacheChecksumTellsEveryChangedByte() {
        let archive = (0..<203).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let check = archive.withUnsafeBytes(ParseCache.check)
        #expect(check.count == 8)
        for i in archive.indices {
            var damaged = archive
            damaged[i] ^= 0x01
            #expect(damaged.withUnsafeBytes(ParseCache.check) != check, "byte \(i)")
        }
        #expect(Array(archive.dropLast()).withUnsafeBytes(ParseCache.check) != check)
        #expect((archive + [0]).withUnsafeBytes(ParseCache.check) != check)
        let hex = archive.withUnsafeBytes(Checksum.hex)
        #expect(hex.count == 16 && hex.allSatisfy { "0123456789abcdef".contains($0) })
        #expect([UInt8]().withUnsafeBytes(Checksum.hex) != hex)
    }
}
