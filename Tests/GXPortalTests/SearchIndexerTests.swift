import Foundation
import Testing
@testable import GXPortal
@testable import GXBuild

/// Pagefind: where it is found, how the build runs it on the staging folder, and what a failure does.
@Suite struct SearchIndexerTests {
    /// The real Pagefind, as `gxsite build` run from the repository would find it (installed by scripts/ensure-deps.sh).
    static let pagefind = try? SearchIndexer.locate(environment: ProcessInfo.processInfo.environment, workingDirectory: SiteTestData.root)

    static func executable(_ url: URL, script: String = "#!/bin/sh\nexit 0\n") throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try script.write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
    }

    static func build(_ output: URL, search: SearchIndexer?, baseURL: String? = nil) throws -> BuildSummary {
        var options = BuildOptions(content: SiteTestData.siteFixture.appendingPathComponent("content"), output: output,
                                   themeDirectories: [SiteTestData.defaultTheme], baseURL: baseURL)
        options.search = search
        return try SiteBuilder(options: options).build()
    }

    /// Pagefind dies with the build that started it: the kernel kills it when its parent dies (setpriv's --pdeathsig).
    @Test func pagefindRunsUnderADeathSignalWhereSetprivIsInstalled() throws {
        let indexer = SearchIndexer(executable: URL(fileURLWithPath: "/opt/pagefind"))
        let site = URL(fileURLWithPath: "/tmp/site")
        let command = indexer.command(site: site)
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") {
            #expect(command.executable.path == "/usr/bin/setpriv")
            #expect(command.arguments == ["--pdeathsig", "KILL", "--", "/opt/pagefind"] + indexer.arguments(site: site))
        } else {
            #expect(command.executable.path == "/opt/pagefind" && command.arguments == indexer.arguments(site: site))
        }
    }

    @Test func anInstalledPagefindComesBeforePath() throws {
        let dir = SiteTestData.scratch("locate-installed")
        defer { try? FileManager.default.removeItem(at: dir) }
        let libexec = dir.appendingPathComponent("prefix/libexec/gxsite"), bin = dir.appendingPathComponent("bin")
        try Self.executable(bin.appendingPathComponent("pagefind_extended"))
        func locate() throws -> String? {
            try SearchIndexer.locate(environment: ["PATH": bin.path], workingDirectory: dir, installed: [libexec])?.executable.path
        }
        #expect(try locate() == bin.appendingPathComponent("pagefind_extended").path)
        try Self.executable(libexec.appendingPathComponent("pagefind_extended"))
        #expect(try locate() == libexec.appendingPathComponent("pagefind_extended").path)
    }

    @Test func locatesTheVariableFirstThenTheVenvThenPath() throws {
        let dir = SiteTestData.scratch("locate")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cwd = dir.appendingPathComponent("work")
        let bin1 = dir.appendingPathComponent("bin1"), bin2 = dir.appendingPathComponent("bin2")
        try FileManager.default.createDirectory(at: cwd, withIntermediateDirectories: true)
        func locate(_ env: [String: String]) throws -> String? {
            try SearchIndexer.locate(environment: env, workingDirectory: cwd)?.executable.path
        }
        let path = "\(bin1.path):\(bin2.path)"
        #expect(try locate(["PATH": path]) == nil)
        try Self.executable(bin1.appendingPathComponent("pagefind"))
        #expect(try locate(["PATH": path]) == bin1.appendingPathComponent("pagefind").path)
        // The extended binary segments Chinese: it wins over the plain one wherever it is on PATH.
        try Self.executable(bin2.appendingPathComponent("pagefind_extended"))
        #expect(try locate(["PATH": path]) == bin2.appendingPathComponent("pagefind_extended").path)
        // What `pip install pagefind-bin-extended` leaves in a venv: the binary inside the package, no script in bin/.
        let packaged = cwd.appendingPathComponent(".venv/lib/python3.11/site-packages/pagefind_bin_extended/pagefind_extended")
        try Self.executable(packaged)
        #expect(try locate(["PATH": path]) == packaged.path)
        try Self.executable(cwd.appendingPathComponent(".venv/bin/pagefind"))
        #expect(try locate(["PATH": path]) == cwd.appendingPathComponent(".venv/bin/pagefind").path)
        let named = dir.appendingPathComponent("custom/pf")
        try Self.executable(named)
        #expect(try locate(["PATH": path, "GXSITE_PAGEFIND": named.path]) == named.path)
        #expect(try locate(["PATH": path, "GXSITE_PAGEFIND": "../custom/pf"]) == named.path)
        #expect(try locate(["PATH": path, "GXSITE_PAGEFIND": ""]) == cwd.appendingPathComponent(".venv/bin/pagefind").path)
        #expect(throws: BuildError.missingSearchIndexer(dir.appendingPathComponent("nope").path)) {
            try locate(["GXSITE_PAGEFIND": dir.appendingPathComponent("nope").path])
        }
    }

    @Test func aFailingIndexerStopsTheBuildAndKeepsThePreviousSite() throws {
        let dir = SiteTestData.scratch("search-fails")
        defer { try? FileManager.default.removeItem(at: dir) }
        let output = dir.appendingPathComponent("Site")
        _ = try Self.build(output, search: nil)
        let before = SiteTestData.files(in: output)
        let broken = dir.appendingPathComponent("pagefind")
        try Self.executable(broken, script: "#!/bin/sh\necho 'Error: cannot index' >&2\nexit 3\n")
        #expect(throws: BuildFailure(step: "search", error: .searchFailed(broken.path, detail: "exit status 3; Error: cannot index"))) {
            try Self.build(output, search: SearchIndexer(executable: broken))
        }
        #expect(SiteTestData.files(in: output) == before)
        #expect(try SiteVerifier(folder: output).verify().isIntact)
        // No staging folder is left behind; only the incremental cache sits beside the output.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".") } == [".gxsite-cache"])
    }

    @Test(.enabled(if: pagefind != nil, "Pagefind is not installed: run scripts/ensure-deps.sh"))
    func indexIsBuiltInStagingListedInTheManifestAndDeterministic() throws {
        let dir = SiteTestData.scratch("search")
        defer { try? FileManager.default.removeItem(at: dir) }
        var trees: [[String: Data]] = []
        for run in 0..<2 {
            let output = dir.appendingPathComponent("Site\(run)")
            let summary = try Self.build(output, search: Self.pagefind)
            #expect(summary.searchFiles > 0)
            #expect(summary.phases.map(\.0) == ["load", "parse", "index", "write", "search", "commit"])
            let files = SiteTestData.files(in: output)
            for name in ["pagefind/pagefind-ui.js", "pagefind/pagefind-ui.css", "pagefind/pagefind-entry.json"] {
                #expect(files.contains(name), "\(name)")
            }
            #expect(files.count { $0.hasPrefix("pagefind/fragment/") } == 6, "one fragment per report and agency page")
            let verify = try SiteVerifier(folder: output).verify()
            #expect(verify.isIntact, "\(verify)")
            #expect(verify.checked == files.count - 1)
            var tree: [String: Data] = [:]
            for f in files where f.hasPrefix("pagefind/") { tree[f] = try Data(contentsOf: output.appendingPathComponent(f)) }
            trees.append(tree)
        }
        // Pagefind 1.5 writes each filter's values in hash-map order, which changes from run to run; the filter
        // files' names (content hashes), the .pf_meta that lists them and pagefind-entry.json follow. Every other file
        // (UI, worker, word index, page fragments) is byte for byte the same. docs/search.md documents this.
        func stable(_ tree: [String: Data]) -> [String: Data] {
            tree.filter { !$0.key.hasPrefix("pagefind/filter/") && !$0.key.hasSuffix(".pf_meta") && $0.key != "pagefind/pagefind-entry.json" }
        }
        #expect(stable(trees[0]) == stable(trees[1]), "Pagefind's output differs between two builds of the same site")
        #expect(trees[0].keys.count { $0.hasPrefix("pagefind/filter/") } == trees[1].keys.count { $0.hasPrefix("pagefind/filter/") })
        #expect(Set(trees[0].keys.filter { $0.hasPrefix("pagefind/fragment/") }) == Set(trees[1].keys.filter { $0.hasPrefix("pagefind/fragment/") }))
    }
}
