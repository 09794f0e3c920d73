import Foundation
import Testing
@testable import GXBuild

/// Files of one line per item: cut back into their lines only when every piece of framing is where the layout says, and
/// rewritten by a rebuild with only the changed items' lines made.
@Suite struct LineFilesTests {
    static let json = LineLayout(head: "{\"items\": [", first: "\n  ", between: ",\n  ", tail: "\n]}\n", emptyTail: "]}\n")
    static let csv = LineLayout(head: "a,b\r\n")

    /// A file in `layout` holding `lines`, as `LineFiles` writes it.
    static func file(_ layout: LineLayout, _ lines: [String]) -> [UInt8] {
        var out = layout.head
        for (i, line) in lines.enumerated() { out += (i == 0 ? layout.first : layout.between) + Array(line.utf8) }
        return out + (lines.isEmpty ? layout.emptyTail : layout.tail)
    }

    static func cut(_ layout: LineLayout, _ bytes: [UInt8], count: Int) -> [String]? {
        bytes.withUnsafeBytes { raw in
            layout.cut(raw, count: count)?.map { String(decoding: raw[$0], as: UTF8.self) }
        }
    }

    @Test(arguments: [
        (json, ["{\"n\":1}", "{\"n\":2}", "{\"n\":3}"]),
        (json, ["{\"n\":1}"]),
        (json, ["{}", "{\"s\":\"a,\\n  b\"}"]),
        (csv, ["1,2\r\n", "3,4\r\n"]),
        (csv, ["\"x\",\r\n"]),
    ])
    func aWrittenFileCutsBackIntoItsLines(_ layout: LineLayout, _ lines: [String]) {
        #expect(Self.cut(layout, Self.file(layout, lines), count: lines.count) == lines)
    }

    @Test func aFileOutOfLayoutIsNotCut() {
        let rows = ["1,2\r\n", "3,4\r\n"]
        // A field holding a line break makes one more physical line than items: no line is taken.
        #expect(Self.cut(Self.csv, Self.file(Self.csv, ["\"x\ny\",1\r\n", "3,4\r\n"]), count: 2) == nil)
        #expect(Self.cut(Self.csv, Self.file(Self.csv, rows), count: 1) == nil)
        #expect(Self.cut(Self.csv, Self.file(Self.csv, rows), count: 3) == nil)
        #expect(Self.cut(Self.csv, Array("b,a\r\n".utf8) + Array(rows.joined().utf8), count: 2) == nil)
        #expect(Self.cut(Self.csv, Self.file(Self.csv, rows).dropLast(2).map { $0 }, count: 2) == nil)
        // A JSON line holding a raw line break, a missing separator, a tail cut short, trailing bytes.
        #expect(Self.cut(Self.json, Self.file(Self.json, ["{\n}", "{}"]), count: 2) == nil)
        #expect(Self.cut(Self.json, Array("{\"items\": [\n  {}\n  {}\n]}\n".utf8), count: 2) == nil)
        #expect(Self.cut(Self.json, Self.file(Self.json, ["{}"]).dropLast().map { $0 }, count: 1) == nil)
        #expect(Self.cut(Self.json, Self.file(Self.json, ["{}"]) + [10], count: 1) == nil)
        #expect(Self.cut(Self.json, Self.file(Self.json, []), count: 0) == nil)
    }

    @Test(arguments: [0, 1, 4095, 4096, 70_000])
    func publishedFilesAreReadOnlyWhenTheyHoldTheRecordedSize(_ size: Int) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gx-lines-\(getpid())-\(size)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("f").path
        let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        #expect(PublishedLines.contents(of: path, size: size) == Data(bytes))
        #expect(PublishedLines.contents(of: path, size: size + 1) == nil)
        if size > 0 { #expect(PublishedLines.contents(of: path, size: size - 1) == nil) }
        #expect(PublishedLines.contents(of: path + "-missing", size: size) == nil)
    }

    /// Items with a value and a group; their lines are made from the value, and counted.
    struct FakeItems {
        var items: [(key: String, value: String, group: Int)]

        static let files = [LineFiles.File("all.json", format: 0), LineFiles.File("all.csv", format: 1),
                            LineFiles.File("2020.json", format: 0, group: 2020), LineFiles.File("2021.json", format: 0, group: 2021)]

        static let sources = [("all.json", LineFilesTests.json), ("all.csv", LineFilesTests.csv)].map { (path: $0.0, layout: $0.1) }

        /// Writes the files into `output` over `published`; returns the lines made and the new list of files.
        func build(into output: URL, published: LineFiles.Published, readAhead: Bool)
            throws -> (made: [String], files: [String: BuildCache.OutputFile]) {
            let writer = try OutputWriter(output: output)
            var published = published
            if readAhead {
                let (folder, files, keys) = (output.path, published.files, published.keys)
                published.lines = Background(jobs: 2) { PublishedLines.read(folder: folder, files: files, keys: keys, sources: Self.sources) }
            }
            let made = Made()
            let lines = LineFiles(writer: writer, keys: items.map(\.key), groups: items.map(\.group), published: published, jobs: 2)
            try lines.write(Self.files, layouts: [LineFilesTests.json, LineFilesTests.csv]) { [items] i, format in
                made.add("\(items[i].key)/\(format)")
                return Array((format == 0 ? "{\"v\":\"\(items[i].value)\"}" : "\(items[i].key),\(items[i].value)\r\n").utf8)
            }
            let files = Dictionary(uniqueKeysWithValues: writer.sortedFiles().map { ($0.path, $0.file) })
            try writer.commit(generator: "test")
            return (made.lines.sorted(), files)
        }
    }

    final class Made: @unchecked Sendable {
        // @unchecked Sendable: every access holds the lock (lines are made on worker threads).
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ line: String) { lock.withLock { list.append(line) } }
        var lines: [String] { lock.withLock { list } }
    }

    static func contents(_ output: URL) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try FakeItems.files.map { ($0.path, try String(contentsOf: output.appendingPathComponent($0.path), encoding: .utf8)) })
    }

    @Test(arguments: [false, true])
    func aRebuildMakesOnlyTheChangedItemsLinesAndKeepsUnchangedGroupsFiles(readAhead: Bool) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gx-linefiles-\(getpid())-\(readAhead)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("Site"), clean = root.appendingPathComponent("Clean")
        var items = FakeItems(items: [("k1", "甲", 2020), ("k2", "乙", 2021), ("k3", "丙", 2020), ("k4", "丁", 2021)])
        let first = try items.build(into: site, published: LineFiles.Published(), readAhead: false)
        #expect(first.made.count == 8)
        #expect(try Self.contents(site)["2020.json"] == "{\"items\": [\n  {\"v\":\"甲\"},\n  {\"v\":\"丙\"}\n]}\n")
        #expect(try Self.contents(site)["all.csv"] == "a,b\r\nk1,甲\r\nk2,乙\r\nk3,丙\r\nk4,丁\r\n")

        // k4 changes (a new key, as a changed report's unit key is new): only its lines are made, and 2020.json is taken.
        items.items[3] = ("k4b", "戊", 2021)
        let keys = items.items.map(\.key)
        let published = LineFiles.Published(keys: ["k1", "k2", "k3", "k4"], groups: [2020, 2021, 2020, 2021], files: first.files,
                                            lines: nil)
        let second = try items.build(into: site, published: published, readAhead: readAhead)
        #expect(second.made == ["k4b/0", "k4b/1"])
        #expect(second.files["2020.json"] == first.files["2020.json"])
        _ = try items.build(into: clean, published: LineFiles.Published(), readAhead: false)
        #expect(try Self.contents(site) == Self.contents(clean))

        // Nothing changed: every file is taken whole and no line is made.
        let third = try items.build(into: site, published: LineFiles.Published(keys: keys, groups: items.items.map(\.group),
                                                                                files: second.files, lines: nil), readAhead: readAhead)
        #expect(third.made.isEmpty)
        #expect(third.files == second.files)
    }

    @Test func anEditedPublishedFileGivesNoLines() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("gx-linefiles-edited-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("Site")
        var items = FakeItems(items: [("k1", "甲", 2020), ("k2", "乙", 2021)])
        let first = try items.build(into: site, published: LineFiles.Published(), readAhead: false)
        // Edited by hand after the build, same size: its lines are not trusted, so they are all made again.
        let csv = site.appendingPathComponent("all.csv")
        try String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: "甲", with: "丙").write(to: csv, atomically: true, encoding: .utf8)
        items.items[1] = ("k2b", "丁", 2021)
        let second = try items.build(into: site, published: LineFiles.Published(keys: ["k1", "k2"], groups: [2020, 2021],
                                                                                 files: first.files, lines: nil), readAhead: false)
        #expect(second.made == ["k1/1", "k2b/0", "k2b/1"])
        #expect(try Self.contents(site)["all.csv"] == "a,b\r\nk1,甲\r\nk2b,丁\r\n")
    }
}
