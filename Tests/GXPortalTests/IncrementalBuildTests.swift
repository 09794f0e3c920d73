import Foundation
import Testing
import GXCorpus
import GXReport
@testable import GXPortal
@testable import GXBuild

/// The incremental cache is correct before it is fast: after every kind of change, an incremental build's output
/// equals a clean build's, file for file, byte for byte.
@Suite struct IncrementalBuildTests {
    /// A change to the content, the theme or the config between two builds.
    struct Change: CustomTestStringConvertible, Sendable {
        let name: String
        let apply: @Sendable (Workspace) throws -> Void
        var testDescription: String { name }
    }

    /// A corpus, a custom theme over the default and a config, in one scratch folder.
    struct Workspace: Sendable {
        let base: URL
        var content: URL { base.appendingPathComponent("Content") }
        var theme: URL { base.appendingPathComponent("theme") }
        var output: URL { base.appendingPathComponent("Site") }
        var configFile: URL { base.appendingPathComponent("gxsite.toml") }

        func options(output: URL? = nil, clean: Bool = false) throws -> BuildOptions {
            var options = BuildOptions(content: content, output: output ?? self.output, themeDirectories: [theme, SiteTestData.defaultTheme],
                                       jobs: 2, config: try SiteConfig.load(configFile))
            options.clean = clean
            return options
        }

        func file(_ name: String) -> URL { content.appendingPathComponent(name) }

        func text(_ name: String) throws -> String { try String(contentsOf: file(name), encoding: .utf8) }

        func write(_ text: String, _ name: String) throws {
            try text.write(to: file(name), atomically: true, encoding: .utf8)
        }

        /// Agency and year from a corpus report's first line (`三门县统计局2024年政府信息公开年度报告`).
        func title(_ name: String) throws -> (agency: String, year: Int)? {
            guard let first = try text(name).split(separator: "\n").first,
                  let year = first.firstMatch(of: /^(\p{Han}+?)(\d{4})年/) else { return nil }
            return (String(year.1), Int(year.2)!)
        }

        /// Two reports of one agency in consecutive years, so a change to the first reaches the second's carry-over check.
        /// Puts the longest paragraph of `source`'s section 一 (its own words, in a generated report) at the start of
        /// the section 一 of the first `count` other reports that have one.
        func copyOwnWords(of source: String, into count: Int) throws {
            let lines = try text(source).components(separatedBy: "\n")
            let end = try #require(lines.firstIndex { $0.hasPrefix("二、") })
            let prose = try #require(lines[..<end].max { $0.count < $1.count })
            var copied = 0
            let names = try FileManager.default.contentsOfDirectory(atPath: content.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names where name != source && copied < count {
                var edited = try text(name).components(separatedBy: "\n")
                guard let start = edited.firstIndex(where: { $0.hasPrefix("一、") }) else { continue }
                edited.insert(prose, at: start + 1)
                try write(edited.joined(separator: "\n"), name)
                copied += 1
            }
            #expect(copied == count)
        }

        func consecutivePair() throws -> (String, String) {
            let names = try FileManager.default.contentsOfDirectory(atPath: content.path).filter { $0.hasSuffix(".txt") }.sorted()
            var byKey: [String: String] = [:]
            for name in names {
                guard let t = try title(name) else { continue }
                byKey["\(t.agency)|\(t.year)"] = byKey["\(t.agency)|\(t.year)"] ?? name
            }
            for name in names {
                guard let t = try title(name) else { continue }
                if let next = byKey["\(t.agency)|\(t.year + 1)"] { return (name, next) }
            }
            throw CocoaError(.fileNoSuchFile)
        }
    }

    static func workspace(_ name: String) throws -> Workspace {
        let base = SiteTestData.scratch("incremental-\(name)")
        let w = Workspace(base: base)
        try CorpusGenerator(count: 80, errorRate: 0.1, seed: 5).write(to: w.content)
        try? FileManager.default.removeItem(at: w.content.appendingPathComponent("ground-truth.json"))
        try FileManager.default.createDirectory(at: w.theme, withIntermediateDirectories: true)
        // Low counts of common wording, so that single edits move phrases in and out of it.
        try "title = \"报告平台\"\n\n[reuse]\ncommon_reports = 4\nregion_common_reports = 3\n"
            .write(to: w.configFile, atomically: true, encoding: .utf8)
        return w
    }

    /// Every file of a site with its bytes.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in SiteTestData.files(in: folder) { files[path] = try Data(contentsOf: folder.appendingPathComponent(path)) }
        return files
    }

    static let changes: [Change] = [
        Change(name: "append a paragraph to a report") { w in
            try w.write(try w.text("r000003.txt") + "\n附记：本报告数据截至12月31日。\n", "r000003.txt")
        },
        Change(name: "change a figure read by the next year's carry-over check") { w in
            let (first, _) = try w.consecutivePair()
            var lines = try w.text(first).components(separatedBy: "\n")
            let row = try #require(lines.firstIndex { $0.contains("结转下年度继续办理") })
            lines[row + 1] = "\t97"
            try w.write(lines.joined(separator: "\n"), first)
        },
        Change(name: "add a report of a new agency") { w in
            let names = try FileManager.default.contentsOfDirectory(atPath: w.content.path).filter { $0.hasSuffix(".txt") }.sorted()
            let name = try #require(try names.first { try w.title($0) != nil })
            let agency = try #require(try w.title(name)).agency
            try w.write(try w.text(name).replacingOccurrences(of: agency, with: "临海市新设局"), "new-agency.txt")
        },
        Change(name: "add a copy of a report (a duplicate)") { w in
            try w.write(try w.text("r000006.txt"), "copy-of-6.txt")
        },
        Change(name: "rename a report") { w in
            try FileManager.default.moveItem(at: w.file("r000007.txt"), to: w.file("renamed.txt"))
        },
        Change(name: "delete a report") { w in
            try FileManager.default.removeItem(at: w.file("r000008.txt"))
        },
        Change(name: "delete every report of a year") { w in
            for name in try FileManager.default.contentsOfDirectory(atPath: w.content.path) where name.hasSuffix(".txt") {
                if try w.title(name)?.year == 2022 { try FileManager.default.removeItem(at: w.file(name)) }
            }
        },
        Change(name: "add a sidecar that changes a report's publication date") { w in
            try "published = \"2025-03-02\"\n".write(to: w.file("r000009.meta.toml"), atomically: true, encoding: .utf8)
        },
        Change(name: "copy a report's own words into another") { w in
            try w.copyOwnWords(of: "r000070.txt", into: 1)
        },
        Change(name: "copy a report's own words into three others, so they are common wording now") { w in
            try w.copyOwnWords(of: "r000070.txt", into: 3)
        },
        Change(name: "change text reuse's thresholds") { w in
            try "title = \"报告平台\"\n\n[reuse]\ncommon_reports = 6\npassage = 30\n".write(to: w.configFile, atomically: true, encoding: .utf8)
        },
        Change(name: "change a template") { w in
            let footer = try String(contentsOf: SiteTestData.defaultTheme.appendingPathComponent("footer.mustache"), encoding: .utf8)
            try (footer + "<p>本站由测试修改。</p>\n").write(to: w.theme.appendingPathComponent("footer.mustache"), atomically: true, encoding: .utf8)
        },
        Change(name: "declare an alias, so every report is parsed again") { w in
            let names = try FileManager.default.contentsOfDirectory(atPath: w.content.path).filter { $0.hasSuffix(".txt") }.sorted()
            let agency = try #require(try names.lazy.compactMap { try w.title($0) }.first).agency
            try "title = \"报告平台\"\n\n[[aliases]]\nagency = \"\(agency)（新）\"\nnames = [\"\(agency)\"]\n"
                .write(to: w.configFile, atomically: true, encoding: .utf8)
        },
        Change(name: "corrupt the parse cache") { w in
            let path = BuildCache(output: w.output).parsedPath
            let data = try Data(contentsOf: URL(fileURLWithPath: path))
            try data.prefix(data.count / 2).write(to: URL(fileURLWithPath: path))
            try w.write(try w.text("r000005.txt") + "\n附记。\n", "r000005.txt")
        },
        Change(name: "tamper with the published open data, then edit a report") { w in
            // Unchanged reports' lines are taken from the published data files only when those are what the cache recorded.
            for file in ["data/reports.json", "data/reports.csv"] {
                let url = w.output.appendingPathComponent(file)
                let text = try String(contentsOf: url, encoding: .utf8)
                try text.replacingOccurrences(of: "\"year\":", with: "\"yaer\":").replacingOccurrences(of: ",2021,", with: ",2012,")
                    .write(to: url, atomically: false, encoding: .utf8)
            }
            try w.write(try w.text("r000003.txt") + "\n附记。\n", "r000003.txt")
        },
        Change(name: "flip a byte in the middle of the parse cache") { w in
            // Whatever the byte belongs to (a path, a key, a check, a record), the damaged record is parsed again.
            let url = URL(fileURLWithPath: BuildCache(output: w.output).parsedPath)
            var data = try Data(contentsOf: url)
            data[data.count / 2] ^= 0x5A
            try data.write(to: url)
            try w.write(try w.text("r000005.txt") + "\n附记。\n", "r000005.txt")
        },
        Change(name: "change the config") { w in
            try "title = \"另一个平台\"\nlicence = \"CC BY 4.0\"\n".write(to: w.configFile, atomically: true, encoding: .utf8)
        },
    ]

    @Test(arguments: changes)
    func incrementalBuildEqualsCleanBuild(_ change: Change) throws {
        let w = try Self.workspace("change")
        let first = try SiteBuilder(options: try w.options()).build()
        #expect(!first.unchanged)
        // A second change first, so the next build recycles a spare folder holding an older site.
        try w.write(try w.text("r000002.txt") + "\n附记。\n", "r000002.txt")
        _ = try SiteBuilder(options: try w.options()).build()
        try change.apply(w)
        let incremental = try SiteBuilder(options: try w.options()).build()
        #expect(!incremental.unchanged)
        let clean = try SiteBuilder(options: try w.options(output: w.base.appendingPathComponent("clean/Site"), clean: true)).build()
        let got = try Self.snapshot(w.output)
        let want = try Self.snapshot(w.base.appendingPathComponent("clean/Site"))
        #expect(got.keys.sorted() == want.keys.sorted())
        for (path, data) in want where got[path] != data { Issue.record("\(path) differs from a clean build's") }
        #expect(incremental.findings == clean.findings)
        #expect(incremental.reports == clean.reports && incremental.files == clean.files)
        #expect(try SiteVerifier(folder: w.output).verify().isIntact)
        // And then nothing has changed: the next build does nothing and reports the same.
        let again = try SiteBuilder(options: try w.options()).build()
        #expect(again.unchanged)
        #expect(again.findings == clean.findings && again.reports == clean.reports && again.pages == clean.pages)
        #expect(try Self.snapshot(w.output) == want)
    }

    @Test func oneEditRendersAndWritesOnlyWhatChanged() throws {
        let w = try Self.workspace("one-edit")
        let first = try SiteBuilder(options: try w.options()).build()
        #expect(first.reusedPages == 0 && first.diskWrites == first.files)
        #expect(first.parsedInputs == 80, "every input of the corpus")
        try w.write(try w.text("r000002.txt") + "\n附记。\n", "r000002.txt")
        _ = try SiteBuilder(options: try w.options()).build()
        try w.write(try w.text("r000002.txt") + "\n又记。\n", "r000002.txt")
        let edit = try SiteBuilder(options: try w.options()).build()
        // Rendered again: the report's page and 404.html (always). The pages listing the report (its agency, year and
        // region) name its unit key, which changed, but their contexts did not: they are reused without rendering. Only
        // the report's files, the manifest and the open data holding its line (its own words grew by two characters:
        // text reuse counts them) are written.
        #expect(edit.pages - edit.reusedPages <= 2, "rendered \(edit.pages - edit.reusedPages) pages")
        #expect(edit.markdownSeconds > 0)
        #expect(edit.diskWrites <= 7, "wrote \(edit.diskWrites) files")
        #expect(edit.parsedInputs == 1, "the other reports come from the parse cache")
        let clean = try SiteBuilder(options: try w.options(clean: true)).build()
        #expect(clean.reusedPages == 0 && clean.markdownSeconds > 0)
        #expect(clean.parsedInputs == first.parsedInputs, "--clean parses everything")
        // A clean build still leaves the cache able to serve the next edit.
        try w.write(try w.text("r000002.txt") + "\n三记。\n", "r000002.txt")
        let after = try SiteBuilder(options: try w.options()).build()
        #expect(after.pages - after.reusedPages <= 2, "rendered \(after.pages - after.reusedPages) pages")
        #expect(after.diskWrites <= 7, "wrote \(after.diskWrites) files")
        #expect(after.parsedInputs == 1)
    }

    @Test func unitKeySpellsOutEveryFieldOfAFinding() {
        // SitePages.unitKey hashes findings field by field: a new field must be added there too.
        let finding = Finding(rule: "row-sum", severity: .error, file: "a.txt", location: SourceLocation(line: 1, column: 2), message: "m")
        #expect(Mirror(reflecting: finding).children.compactMap(\.label)
            == ["rule", "severity", "file", "line", "column", "page", "message", "where", "acceptance"])
    }

    @Test func unitKeySpellsOutEveryFieldOfAnEntry() throws {
        // SitePages.unitKey hashes the entry's fields one by one: a new field must be added there too (status follows
        // from the findings).
        let entry = try ReportMarkdownTests.entry(TestText.minimal)
        #expect(Mirror(reflecting: entry).children.compactMap(\.label)
            == ["report", "findings", "status", "agencySlug", "regionSlug", "version", "earlierVersions", "offersOriginal"])
    }

    @Test func transliterationsAreKeptForTheSameGxsiteOnly() throws {
        let cache = BuildCache(output: SiteTestData.scratch("slugs").appendingPathComponent("Site"))
        let words = ["余姚市经济和信息化局": ["yu", "yao", "shi", "jing", "ji", "he", "xin", "xi", "hua", "ju"], "ＡＢ局": ["ab", "ju"],
                     "标点。": [], "带\t制表符": ["dai"]]
        try cache.saveTransliterations(words, stamp: "gxsite 1 a")
        var expected = words
        expected["带\t制表符"] = nil
        #expect(cache.loadTransliterations(stamp: "gxsite 1 a") == expected)
        #expect(cache.loadTransliterations(stamp: "gxsite 1 b").isEmpty, "another executable transliterates again")
        #expect(Slug.base(for: "余姚市经济和信息化局") == "yu-yao-shi-jing-ji-he-xin-xi-hua-ju", "what the table above holds")
    }

    @Test func theNamesPinyinIsWrittenAgainOnlyForNewNames() throws {
        let w = try Self.workspace("slugs-kept")
        _ = try SiteBuilder(options: try w.options()).build()
        let cache = BuildCache(output: w.output)
        let first = try #require(FileStamp.of(cache.slugsPath))
        let stamp = SiteBuilder.generator + " " + SiteBuilder.executableStamp
        let words = cache.loadTransliterations(stamp: stamp)
        #expect(!words.isEmpty)
        // An edit that names no one new: the file is left as it is (written again, it would be a new inode).
        try w.write(try w.text("r000003.txt") + "\n附记。\n", "r000003.txt")
        #expect(try !SiteBuilder(options: try w.options()).build().unchanged)
        #expect(FileStamp.of(cache.slugsPath)?.inode == first.inode)
        // A new agency's name is kept with the others.
        let names = try FileManager.default.contentsOfDirectory(atPath: w.content.path).filter { $0.hasSuffix(".txt") }.sorted()
        let name = try #require(try names.first { try w.title($0) != nil })
        let agency = try #require(try w.title(name)).agency
        try w.write(try w.text(name).replacingOccurrences(of: agency, with: "临海市新设局"), "new-agency.txt")
        _ = try SiteBuilder(options: try w.options()).build()
        let kept = cache.loadTransliterations(stamp: stamp)
        #expect(kept["临海市新设局"] == ["lin", "hai", "shi", "xin", "she", "ju"])
        #expect(words.allSatisfy { kept[$0.key] == $0.value })
    }

    /// A linked input's sidecar is the one beside the link, for the parse and for every key alike.
    @Test func linkedInputsTakeTheSidecarBesideTheLink() throws {
        let w = try Self.workspace("linked")
        let folder = w.content.appendingPathComponent("linked")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: w.file("r000010.txt"), to: folder.appendingPathComponent("target.txt"))
        try FileManager.default.createSymbolicLink(atPath: w.file("r000010.txt").path, withDestinationPath: "linked/target.txt")
        try "published = \"2024-01-05\"\n".write(to: w.file("r000010.meta.toml"), atomically: true, encoding: .utf8)
        try "published = \"2024-02-06\"\n".write(to: folder.appendingPathComponent("target.meta.toml"), atomically: true, encoding: .utf8)
        _ = try SiteBuilder(options: try w.options()).build()
        for (file, date) in [("r000010.meta.toml", "2024-03-07"), ("linked/target.meta.toml", "2024-04-08")] {
            try "published = \"\(date)\"\n".write(to: w.content.appendingPathComponent(file), atomically: true, encoding: .utf8)
            _ = try SiteBuilder(options: try w.options()).build()
            _ = try SiteBuilder(options: try w.options(output: w.base.appendingPathComponent("clean/Site"), clean: true)).build()
            let got = try Self.snapshot(w.output)
            let want = try Self.snapshot(w.base.appendingPathComponent("clean/Site"))
            #expect(got.keys.sorted() == want.keys.sorted())
            for (path, data) in want where got[path] != data { Issue.record("after editing \(file): \(path) differs from a clean build's") }
        }
        // The link's report shows the date of the sidecar beside the link.
        let json = try String(contentsOf: w.output.appendingPathComponent("data/reports.json"), encoding: .utf8)
        #expect(json.contains("2024-03-07"))
    }

    @Test func parseCacheIsRewrittenOnlyWhenAParseChanged() throws {
        let w = try Self.workspace("parse-cache")
        _ = try SiteBuilder(options: try w.options()).build()
        let path = BuildCache(output: w.output).parsedPath
        let before = try #require(FileStamp.of(path))
        // A template change renders every page again but parses nothing.
        let footer = try String(contentsOf: SiteTestData.defaultTheme.appendingPathComponent("footer.mustache"), encoding: .utf8)
        try (footer + "<p>改。</p>\n").write(to: w.theme.appendingPathComponent("footer.mustache"), atomically: true, encoding: .utf8)
        let restyled = try SiteBuilder(options: try w.options()).build()
        #expect(restyled.parsedInputs == 0 && restyled.reusedPages < restyled.pages)
        #expect(FileStamp.of(path) == before)
        try w.write(try w.text("r000002.txt") + "\n附记。\n", "r000002.txt")
        #expect(try SiteBuilder(options: try w.options()).build().parsedInputs == 1)
        #expect(FileStamp.of(path) != before)
    }

    @Test func aParseCacheThatCannotBeWrittenFailsTheBuildAndTheNextOneRecovers() throws {
        let w = try Self.workspace("parse-cache-unwritable")
        // A folder where the cache writes its temporary file: the write fails once pages are done, at the commit.
        let blocker = BuildCache(output: w.output).parsedPath + ".tmp-\(getpid())"
        try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: true)
        #expect(throws: BuildFailure.self) { try SiteBuilder(options: try w.options()).build() }
        #expect(!FileManager.default.fileExists(atPath: w.output.path))
        try FileManager.default.removeItem(atPath: blocker)
        let built = try SiteBuilder(options: try w.options()).build()
        #expect(!built.unchanged && built.parsedInputs > 0)
        #expect(FileManager.default.fileExists(atPath: w.output.appendingPathComponent("index.html").path))
        #expect(try SiteBuilder(options: try w.options()).build().unchanged)
    }

    @Test func damagedRecordedFindingsMakeARebuildNotAnEmptyReport() throws {
        let w = try Self.workspace("damaged-findings")
        let first = try SiteBuilder(options: try w.options()).build()
        #expect(!first.findings.isEmpty)
        // Findings are read back only by a build with nothing to do; damaged, they cannot be reported, so the site is built.
        let path = BuildCache(output: w.output).statePath
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let record = try #require(text.range(of: "\nfinding\t"))
        // One field too many: a record of no finding.
        try text.replacingCharacters(in: record, with: "\nfinding\tx\t").write(toFile: path, atomically: true, encoding: .utf8)
        let again = try SiteBuilder(options: try w.options()).build()
        #expect(!again.unchanged)
        #expect(again.findings == first.findings)
        let noop = try SiteBuilder(options: try w.options()).build()
        #expect(noop.unchanged && noop.findings == first.findings)
    }

    @Test func nothingChangedWritesNothing() throws {
        let w = try Self.workspace("noop")
        _ = try SiteBuilder(options: try w.options()).build()
        let index = w.output.appendingPathComponent("index.html").path
        let before = try #require(FileStamp.of(index))
        let noop = try SiteBuilder(options: try w.options()).build()
        #expect(noop.unchanged)
        // An input's recorded digest is its file's SHA-256, the same as its published original's in the manifest.
        let state = try #require(BuildCache(output: w.output).load(generator: SiteBuilder.generator))
        #expect(state.inputs["r000001.txt"]?.sha256 == SHA256.hex(try Data(contentsOf: w.file("r000001.txt"))))
        #expect(FileStamp.of(index) == before)
        // Touching a file without changing it is not a change either: its digest is the same.
        let name = w.file("r000001.txt")
        try w.write(try w.text("r000001.txt"), "r000001.txt")
        _ = name
        #expect(try SiteBuilder(options: try w.options()).build().unchanged)
        // A site changed behind the cache's back is rebuilt, not trusted.
        try "tampered".write(toFile: w.output.appendingPathComponent("manifest.json").path, atomically: true, encoding: .utf8)
        let rebuilt = try SiteBuilder(options: try w.options()).build()
        #expect(!rebuilt.unchanged && rebuilt.reusedPages == 0)
        #expect(try SiteVerifier(folder: w.output).verify().isIntact)
    }

    @Test func aFirstOrCleanBuildHashedWhileParsingRecordsWhatTheListingWouldHash() throws {
        let w = try Self.workspace("hashed-while-parsing")
        // A sidecar is watched, and keys its report's parse: it is hashed with the listing, not while parsing.
        try "published = 2024-01-20\n".write(to: w.file("r000003.meta.toml"), atomically: true, encoding: .utf8)
        let listing = try ContentLoader.list(w.content)
        let want = BuildCache.digests(of: listing.inputs + listing.others, previous: nil, jobs: 1)
        #expect(want.count == 81)
        for clean in [false, true] {
            let built = try SiteBuilder(options: try w.options(clean: clean)).build()
            #expect(built.parsedInputs == 80)
            let state = try #require(BuildCache(output: w.output).load(generator: SiteBuilder.generator))
            #expect(state.inputs.mapValues(\.sha256) == want, "clean: \(clean)")
            // The key made after parsing is the one a rebuild makes from the listing: it has nothing to do.
            #expect(try SiteBuilder(options: try w.options()).build().unchanged, "clean: \(clean)")
        }
        // The parses were recorded under the keys a rebuild looks them up by: an edit parses one report only.
        try w.write(try w.text("r000003.txt") + "\n附记。\n", "r000003.txt")
        #expect(try SiteBuilder(options: try w.options()).build().parsedInputs == 1)
        try "published = 2024-01-21\n".write(to: w.file("r000003.meta.toml"), atomically: true, encoding: .utf8)
        #expect(try SiteBuilder(options: try w.options()).build().parsedInputs == 1)
    }

    @Test func cacheLivesBesideTheOutputNeverInsideIt() throws {
        let w = try Self.workspace("where")
        _ = try SiteBuilder(options: try w.options()).build()
        try w.write(try w.text("r000002.txt") + "\n附记。\n", "r000002.txt")
        _ = try SiteBuilder(options: try w.options()).build()
        let names = try FileManager.default.contentsOfDirectory(atPath: w.base.path).sorted()
        #expect(names == [".gxsite-cache", "Content", "Site", "gxsite.toml", "theme"])
        let cache = try FileManager.default.contentsOfDirectory(atPath: w.base.appendingPathComponent(".gxsite-cache/Site").path).sorted()
        #expect(cache == ["files", "parsed", "reuse", "slugs", "spare", "sparefiles", "state"])
        #expect(!SiteTestData.files(in: w.output).contains { $0.contains("gxsite-cache") })
    }

    /// Files the first rebuild links from the published site share their inode with it: a later build that changes one
    /// must not write through the link into the site being served (or into the spare folder it becomes).
    @Test func aLinkedFileIsReplacedNotWrittenThrough() throws {
        let w = try Self.workspace("links")
        _ = try SiteBuilder(options: try w.options()).build()
        try w.write(try w.text("r000002.txt") + "\n附记。\n", "r000002.txt")
        _ = try SiteBuilder(options: try w.options()).build()
        func contents(_ folder: URL) -> [String: Data] {
            Dictionary(uniqueKeysWithValues: SiteTestData.files(in: folder).map {
                ($0, FileManager.default.contents(atPath: folder.appendingPathComponent($0).path)!)
            })
        }
        let second = contents(w.output)
        // The third build changes files the second one linked (report 3's), in a recycled folder whose copies of them
        // are the very inodes the second site holds.
        try w.write(try w.text("r000003.txt") + "\n附记。\n", "r000003.txt")
        _ = try SiteBuilder(options: try w.options()).build()
        let spare = URL(fileURLWithPath: BuildCache(output: w.output).sparePath)
        // The second site, now the spare folder, is as it was written, file for file.
        #expect(contents(spare) == second)
        let changed = contents(w.output).filter { second[$0.key] != nil && second[$0.key] != $0.value }.keys
        #expect(changed.contains { $0.hasSuffix("report.md") }, "report 3's page changed: \(changed.sorted())")
        let options = try w.options()
        let clean = SiteTestData.scratch("links-clean").appendingPathComponent("Site")
        var fresh = options
        fresh.output = clean
        fresh.clean = true
        _ = try SiteBuilder(options: fresh).build()
        #expect(contents(w.output) == contents(clean))
    }

    @Test func cacheListsExactlyWhatThePublishedSiteAndTheSpareFolderHold() throws {
        let w = try Self.workspace("lists")
        _ = try SiteBuilder(options: try w.options()).build()
        let original = try w.text("r000002.txt")
        // Three edits: the spare list is written each time as the changes of the new list from the published one.
        for (n, text) in [original + "\n附记。\n", original, original + "\n再记。\n"].enumerated() {
            try w.write(text, "r000002.txt")
            let summary = try SiteBuilder(options: try w.options()).build()
            // The first rebuild has no spare folder yet (the cold build had no site before it): it links every file it
            // does not make again, and the builds after it write through none of those links.
            // Made over a recycled folder, only what differs from it is written; over none, what the edit changed.
            #expect(summary.diskWrites <= (n == 0 ? 20 : 6), "build \(n + 2) wrote \(summary.diskWrites) of \(summary.files) files")
            if n == 0 {
                let spare = URL(fileURLWithPath: BuildCache(output: w.output).sparePath)
                let shared = SiteTestData.files(in: w.output).filter { path in
                    let inode = FileStamp.of(w.output.appendingPathComponent(path).path)?.inode
                    return inode != nil && inode == FileStamp.of(spare.appendingPathComponent(path).path)?.inode
                }
                #expect(shared.count > 100, "files linked, not copied: \(shared.count)")
            }
        }
        let cache = BuildCache(output: w.output)
        let state = try #require(cache.load(generator: SiteBuilder.generator))
        let full = try #require(cache.loadFiles(of: state, generator: SiteBuilder.generator))
        #expect(full.spareInode != nil && full.spareInode == FileStamp.of(cache.sparePath)?.inode)
        func actual(_ folder: URL) -> [String: String] {
            Dictionary(uniqueKeysWithValues: SiteTestData.files(in: folder).map {
                ($0, SHA256.hex(FileManager.default.contents(atPath: folder.appendingPathComponent($0).path)!))
            })
        }
        // The published site's manifest.json is written after its list is made; everything else is listed as it is.
        var live = actual(w.output)
        live["manifest.json"] = nil
        #expect(full.live.mapValues(\.sha256.hex) == live)
        var spare = actual(URL(fileURLWithPath: cache.sparePath))
        spare["manifest.json"] = nil
        #expect(!full.spare.isEmpty && full.spare.mapValues(\.sha256.hex) == spare)
        let spareList = try String(contentsOfFile: cache.spareFilesPath, encoding: .utf8)
        let liveList = try String(contentsOfFile: cache.filesPath, encoding: .utf8)
        #expect(spareList.contains("\nbase\t\(state.key)\n") && spareList.utf8.count * 4 < liveList.utf8.count,
                "a few changes, not the whole list")
        // A clean build reads no list: the published one is renamed to be the spare list, whole.
        var options = try w.options()
        options.clean = true
        _ = try SiteBuilder(options: options).build()
        let afterClean = try #require(cache.load(generator: SiteBuilder.generator))
        let kept = try #require(cache.loadFiles(of: afterClean, generator: SiteBuilder.generator))
        #expect(!(try String(contentsOfFile: cache.spareFilesPath, encoding: .utf8)).contains("\nbase\t"))
        #expect(kept.spare.mapValues(\.sha256.hex).filter { $0.key != "manifest.json" } == live)
    }
}
