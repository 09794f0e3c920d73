import Foundation
import Testing
import GXCorpus
@testable import GXPortal
@testable import GXBuild

/// Atomic output, the manifest and `verify`, determinism across thread counts.
@Suite struct SafeOutputTests {
    static func corpus(_ count: Int, seed: UInt64) throws -> URL {
        let dir = SiteTestData.scratch("corpus-\(count)").appendingPathComponent("Content")
        try CorpusGenerator(count: count, errorRate: 0.1, seed: seed).write(to: dir)
        try? FileManager.default.removeItem(at: dir.appendingPathComponent("ground-truth.json"))
        return dir
    }

    @Test func manifestListsEveryFileAndVerifyFindsChanges() throws {
        let output = SiteTestData.scratch("manifest").appendingPathComponent("Site")
        _ = try SiteBuilder(options: BuildOptions(content: SiteTestData.root.appendingPathComponent("Content"), output: output,
                                                  themeDirectories: [SiteTestData.defaultTheme])).build()
        let intact = try SiteVerifier(folder: output).verify()
        #expect(intact.isIntact)
        #expect(intact.checked == SiteTestData.files(in: output).count - 1)
        try "tampered".write(to: output.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: output.appendingPathComponent("data/reports.json"))
        try "x".write(to: output.appendingPathComponent("evil.html"), atomically: true, encoding: .utf8)
        let report = try SiteVerifier(folder: output).verify()
        #expect(report.changed == ["index.html"])
        #expect(report.missing == ["data/reports.json"])
        #expect(report.extra == ["evil.html"])
        #expect(throws: VerifyError.noManifest(output.appendingPathComponent("nope/manifest.json").path)) {
            try SiteVerifier(folder: output.appendingPathComponent("nope")).verify()
        }
    }

    @Test func outputIsIdenticalWhateverTheThreadCount() throws {
        let content = try Self.corpus(120, seed: 7)
        var sites: [[String: Data]] = []
        for jobs in [1, 2, 4] {
            let output = content.deletingLastPathComponent().appendingPathComponent("Site-\(jobs)")
            _ = try SiteBuilder(options: BuildOptions(content: content, output: output, themeDirectories: [SiteTestData.defaultTheme], jobs: jobs)).build()
            var files: [String: Data] = [:]
            for f in SiteTestData.files(in: output) { files[f] = try Data(contentsOf: output.appendingPathComponent(f)) }
            sites.append(files)
        }
        #expect(sites[0].count > 500)
        #expect(sites[0] == sites[1])
        #expect(sites[0] == sites[2])
    }

    /// SIGKILL a build at several moments: the previous site stays complete and servable every time.
    @Test func killedBuildsLeaveThePreviousSiteIntact() throws {
        let content = try Self.corpus(400, seed: 11)
        let output = content.deletingLastPathComponent().appendingPathComponent("Site")
        _ = try SiteBuilder(options: BuildOptions(content: content, output: output, themeDirectories: [SiteTestData.defaultTheme])).build()
        let home = try Data(contentsOf: output.appendingPathComponent("index.html"))
        // An edit makes the next build's output differ, so a half-written new site would show.
        let first = content.appendingPathComponent("r000001.txt")
        try (String(contentsOf: first, encoding: .utf8) + "\n附记。\n").write(to: first, atomically: true, encoding: .utf8)
        var sawOld = false
        for delay in [0.05, 0.2, 0.4, 0.8, 1.2, 1.8, 2.5] {
            let process = Process()
            process.executableURL = CLITests.executable
            process.arguments = ["build", "--content", content.path, "--output", output.path, "--theme", SiteTestData.defaultTheme.path, "--quiet"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let report = try SiteVerifier(folder: output).verify()
            #expect(report.isIntact, "after a kill at \(delay) s: \(report)")
            if try Data(contentsOf: output.appendingPathComponent("index.html")) == home { sawOld = true }
        }
        #expect(sawOld)
        // A later build cleans up what killed builds left beside the output.
        _ = try SiteBuilder(options: BuildOptions(content: content, output: output, themeDirectories: [SiteTestData.defaultTheme])).build()
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path).filter { $0.hasPrefix(".Site.") }
        let parent = output.deletingLastPathComponent().path
        #expect(leftovers.isEmpty, "test process \(getpid()); locked: \(leftovers.map { FolderLock.take(parent + "/" + $0) == nil }); holds: \(leftovers.map { (try? FileManager.default.contentsOfDirectory(atPath: parent + "/" + $0).sorted().prefix(5)) ?? [] })")
    }

    @Test func failedBuildNeverTouchesTheOldSite() throws {
        let output = SiteTestData.scratch("failed").appendingPathComponent("Site")
        _ = try SiteBuilder(options: BuildOptions(content: SiteTestData.root.appendingPathComponent("Content"), output: output,
                                                  themeDirectories: [SiteTestData.defaultTheme])).build()
        let badTheme = SiteTestData.scratch("bad-theme")
        try "{{#unclosed}}".write(to: badTheme.appendingPathComponent("base.mustache"), atomically: true, encoding: .utf8)
        #expect(throws: BuildFailure.self) {
            try SiteBuilder(options: BuildOptions(content: SiteTestData.root.appendingPathComponent("Content"), output: output,
                                                  themeDirectories: [badTheme, SiteTestData.defaultTheme])).build()
        }
        #expect(try SiteVerifier(folder: output).verify().isIntact)
    }
}

/// Links inside Content/ are followed only when they stay inside it.
@Suite struct ContentLinkTests {
    @Test func linksOutOfContentAreNotFollowed() throws {
        let base = SiteTestData.scratch("links")
        let content = base.appendingPathComponent("Content")
        let outside = base.appendingPathComponent("outside")
        let fm = FileManager.default
        try fm.createDirectory(at: content, withIntermediateDirectories: true)
        try fm.createDirectory(at: outside, withIntermediateDirectories: true)
        let seed = SiteTestData.root.appendingPathComponent("Content/003_096eb810ffb81dcc.txt")
        try fm.copyItem(at: seed, to: outside.appendingPathComponent("secret.txt"))
        try fm.copyItem(at: SiteTestData.root.appendingPathComponent("Content/000_de03c57df4063b09.txt"), to: content.appendingPathComponent("inside.txt"))
        try fm.createSymbolicLink(at: content.appendingPathComponent("escape.txt"), withDestinationURL: outside.appendingPathComponent("secret.txt"))
        try fm.createSymbolicLink(at: content.appendingPathComponent("folder"), withDestinationURL: outside)
        try fm.createSymbolicLink(at: content.appendingPathComponent("alias.txt"), withDestinationURL: content.appendingPathComponent("inside.txt"))
        let paths = try ContentLoader.inputs(in: content).map(\.path)
        #expect(paths == ["alias.txt", "inside.txt"])
    }

    /// A large folder's entries are looked at on several threads: the listing is the one a single thread makes.
    @Test func aFolderListedOnSeveralThreadsIsListedTheSame() throws {
        let content = SiteTestData.scratch("many").appendingPathComponent("Content")
        let fm = FileManager.default
        try fm.createDirectory(at: content.appendingPathComponent("2024/sub"), withIntermediateDirectories: true)
        for i in 0..<600 {
            let name = String(format: "r%04d", i)
            try "报告\(i)".write(to: content.appendingPathComponent(i % 3 == 0 ? "\(name).docx" : "\(name).txt"), atomically: false, encoding: .utf8)
            if i % 50 == 0 { try "published = \"2024-01-05\"\n".write(to: content.appendingPathComponent("\(name).meta.toml"), atomically: false, encoding: .utf8) }
        }
        for name in [".hidden.txt", "~$r0003.docx", "2024/a.txt", "2024/sub/b.html", "notes.md"] {
            try "x".write(to: content.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        try fm.createSymbolicLink(at: content.appendingPathComponent("link.txt"), withDestinationURL: content.appendingPathComponent("r0001.txt"))
        let one = try ContentLoader.list(content, jobs: 1)
        let two = try ContentLoader.list(content, jobs: 2)
        func fields(_ files: [InputFile]) -> [String] {
            files.map { "\($0.path) \($0.url.path) \($0.place.path) \(String(describing: $0.stamp))" }
        }
        #expect(fields(two.inputs) == fields(one.inputs))
        #expect(fields(two.others) == fields(one.others))
        #expect(one.inputs.count == 600 + 3 && one.inputs.first?.path == "2024/a.txt" && one.inputs.last?.path == "r0599.txt")
        #expect(one.others.map(\.path).sorted() == (["notes.md", "~$r0003.docx"] + (0..<12).map { String(format: "r%04d.meta.toml", $0 * 50) }).sorted())
    }
}

/// A file written twice (a report whose reuse failed half way is rendered anew) is listed once, with its last bytes.
@Test func aPathWrittenTwiceIsListedOnce() throws {
    let base = SiteTestData.scratch("written-twice")
    let writer = try OutputWriter(output: base.appendingPathComponent("Site"))
    defer { writer.discard() }
    try writer.write("one", to: "a/index.html")
    try writer.write("two", to: "a/index.html")
    try writer.write("x", to: "b.txt")
    #expect(writer.written == ["a/index.html", "b.txt"])
    #expect(writer.sortedFiles().map(\.file.size) == [3, 1])
}

/// The files are listed in byte order whatever order the published site's list held: that order is taken only when it
/// is sorted and names exactly the files written.
@Test(arguments: [
    ["a.html", "b/c.html", "b/d.html", "余姚/e.html"],
    ["b/c.html", "a.html", "b/d.html", "余姚/e.html"],
    ["a.html", "b/c.html", "余姚/e.html"],
    ["a.html", "b/c.html", "b/d.html", "b/x.html"],
    [],
])
func filesAreListedInByteOrderWhateverTheRecordedOrder(_ recorded: [String]) throws {
    let base = SiteTestData.scratch("recorded-order")
    let writer = try OutputWriter(output: base.appendingPathComponent("Site"), order: recorded)
    defer { writer.discard() }
    for path in ["余姚/e.html", "b/d.html", "a.html", "b/c.html"] { try writer.write(path, to: path) }
    #expect(writer.sortedFiles().map(\.path) == ["a.html", "b/c.html", "b/d.html", "余姚/e.html"])
    #expect(writer.sortedFiles().map(\.file.size) == [6, 8, 8, 13])
}

/// A killed build's staging folder is removed by the next build even when that build has nothing to do.
@Test func aBuildWithNothingToDoStillRemovesWhatKilledBuildsLeft() throws {
    let content = try SafeOutputTests.corpus(20, seed: 3)
    let output = content.deletingLastPathComponent().appendingPathComponent("Site")
    let options = BuildOptions(content: content, output: output, themeDirectories: [SiteTestData.defaultTheme])
    _ = try SiteBuilder(options: options).build()
    // The staging folder of a process that has exited, as a build killed half way leaves it.
    let gone = Process()
    gone.executableURL = URL(fileURLWithPath: "/bin/true")
    try gone.run()
    gone.waitUntilExit()
    let leftover = output.deletingLastPathComponent().appendingPathComponent(".Site.staging-\(gone.processIdentifier)")
    try FileManager.default.createDirectory(at: leftover.appendingPathComponent("agencies"), withIntermediateDirectories: true)
    let again = try SiteBuilder(options: options).build()
    #expect(again.unchanged)
    #expect(!FileManager.default.fileExists(atPath: leftover.path))
}

/// Whether a folder beside the output is a leftover is told by its lock, not by the process id in its name: a killed
/// build's id may belong to a live process by the next build (here process 1), and a running build's folder is kept
/// whatever its name says.
@Test func leftoversAreToldByTheirLockNotTheProcessIdInTheirName() throws {
    let base = SiteTestData.scratch("stale-locks")
    let output = base.appendingPathComponent("Site")
    let reused = base.appendingPathComponent(".Site.staging-1")
    let running = base.appendingPathComponent(".Site.old-999999")
    for folder in [reused, running] {
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("agencies"), withIntermediateDirectories: true)
    }
    // Another process holds the lock on `running`, as a build does while it moves the old site aside.
    let holder = Process()
    // One process holding the lock itself, so that terminating it releases the lock at once.
    holder.executableURL = URL(fileURLWithPath: "/bin/sh")
    holder.arguments = ["-c", "exec 9<\"$0\" && flock -x 9 && exec sleep 30", running.path]
    try holder.run()
    defer { holder.terminate(); holder.waitUntilExit() }
    var held = false
    for _ in 0..<200 where !held {
        held = FolderLock.take(running.path) == nil
        if !held { Thread.sleep(forTimeInterval: 0.01) }
    }
    #expect(held)
    OutputWriter.removeStale(beside: output)
    #expect(!FileManager.default.fileExists(atPath: reused.path))
    #expect(FileManager.default.fileExists(atPath: running.path))
    holder.terminate()
    holder.waitUntilExit()
    OutputWriter.removeStale(beside: output)
    #expect(!FileManager.default.fileExists(atPath: running.path))
}

/// A spare folder recycled without a list of its files (`--clean`, or a spare the cache does not vouch for) keeps only
/// what this build writes: the rest, links and emptied folders included, is gone once committed.
@Test func anUnlistedSpareFolderKeepsOnlyWhatTheBuildWrote() throws {
    let base = SiteTestData.scratch("unlisted-spare")
    let fm = FileManager.default
    let spare = base.appendingPathComponent("spare")
    for (path, text) in [("index.html", "old"), ("a/index.html", "old a"), ("gone/deep/page.html", "x"), ("gone/file.txt", "y")] {
        let url = spare.appendingPathComponent(path)
        try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: false, encoding: .utf8)
    }
    try fm.createSymbolicLink(at: spare.appendingPathComponent("a/link.html"), withDestinationURL: spare.appendingPathComponent("index.html"))
    let output = base.appendingPathComponent("Site")
    let writer = try OutputWriter(output: output, spare: (spare.path, nil))
    try writer.write("new", to: "index.html")
    try writer.write("new a, longer", to: "a/index.html")
    try writer.write("b", to: "b/index.html")
    try writer.commit(generator: "test")
    #expect(SiteTestData.files(in: output) == ["a/index.html", "b/index.html", "index.html", "manifest.json"])
    #expect(!fm.fileExists(atPath: output.appendingPathComponent("gone").path))
    #expect(try String(contentsOf: output.appendingPathComponent("a/index.html"), encoding: .utf8) == "new a, longer")
    #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "new")
    #expect(writer.diskWrites == 4, "every file is written: the spare's digests are unknown")
}

/// Folders are made from the deepest one already made: siblings, cousins and a folder removed and written again all
/// land where they belong, in a new staging folder and in a recycled one (whose files, longer or shorter, hold exactly
/// the new bytes after, and whose files stand where a folder goes).
@Test(arguments: [false, true])
func foldersAreMadeFromTheDeepestOneAlreadyMade(_ recycling: Bool) throws {
    let base = SiteTestData.scratch("folders-\(recycling)")
    let fm = FileManager.default
    let spare = base.appendingPathComponent("spare")
    if recycling {
        // Files over a block long: cut short of their last block, then written over.
        for (path, text) in [("a/b/c/long.txt", "a much longer text than what replaces it"), ("a/x", "a file where a folder goes"),
                             ("a/big.txt", String(repeating: "旧", count: 4000)), ("a/grow.txt", String(repeating: "o", count: 5000)),
                             ("a/block.txt", String(repeating: "b", count: 8192))] {
            let url = spare.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: false, encoding: .utf8)
        }
    }
    let output = base.appendingPathComponent("Site")
    let writer = try OutputWriter(output: output, spare: recycling ? (spare.path, nil) : nil)
    let files = ["a/b/c/long.txt": "short", "a/b/c/d.txt": "1", "a/b/e/f.txt": "2", "a/x/y.txt": "3", "a/g.txt": "4", "z/y/x.txt": "5",
                 "a/big.txt": String(repeating: "新", count: 2100), "a/grow.txt": String(repeating: "n", count: 9000),
                 "a/block.txt": String(repeating: "c", count: 4096)]
    for path in files.keys.sorted() { try writer.write(files[path]!, to: path) }
    writer.removeFolder("a/b/e")
    try writer.write("again", to: "a/b/e/f.txt")
    try writer.commit(generator: "test")
    var expected = files
    expected["a/b/e/f.txt"] = "again"
    #expect(SiteTestData.files(in: output) == (Array(expected.keys) + ["manifest.json"]).sorted())
    for (path, text) in expected {
        #expect(try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) == text, "\(path)")
    }
}
