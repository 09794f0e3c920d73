import Foundation
import Testing
@testable import GXPortal

/// `gxsite init`: a portal folder that builds as it is, whose config lists every key, and that never overwrites.
@Suite struct InitCommandTests {
    @Test func initCreatesAPortalThatBuilds() throws {
        let dir = SiteTestData.scratch("init")
        let run = try CLITests.run(["init", "portal"], in: dir)
        let portal = dir.appendingPathComponent("portal").standardizedFileURL
        #expect(run.status == 0)
        #expect(run.stdout == """
            Created a portal in \(portal.path): gxsite.toml (every key, commented), roster.toml (an example) and Content/.
            Next:
              cd portal
              # put the reports into Content/, then
              gxsite build      # writes the site into Site/
              gxsite serve      # or: build, serve on http://127.0.0.1:8000/ and rebuild on every change

            """)
        let files = try FileManager.default.subpathsOfDirectory(atPath: portal.path).sorted()
        #expect(files == ["Content", "Content/README.md", "gxsite.toml", "roster.toml"])
        let configPath = portal.appendingPathComponent("gxsite.toml").path
        #expect(try SiteConfig.load(portal.appendingPathComponent("gxsite.toml")) == SiteConfig.parse("", path: configPath))
        let build = try CLITests.run(["build", "--no-search", "--quiet"], in: portal)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(FileManager.default.fileExists(atPath: portal.appendingPathComponent("Site/index.html").path))
    }

    /// Every key is in the config as a setting to turn on, and with all of them on the config is valid.
    @Test func theConfigListsEveryKeyAndEveryExampleIsValid() throws {
        let dir = SiteTestData.scratch("init-keys")
        #expect(try CLITests.run(["init"], in: dir).status == 0)
        let text = try String(contentsOf: dir.appendingPathComponent("gxsite.toml"), encoding: .utf8)
        let settings = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            line.hasPrefix("#") && !line.hasPrefix("# ") && line.count > 1 ? line.dropFirst() : line
        }
        let enabled = settings.joined(separator: "\n")
        let keys = Set(settings.compactMap { line -> String? in
            if line.hasPrefix("[") { return line.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) }
            return line.firstIndex(of: " ").map { String(line[..<$0]) }.flatMap { line.contains(" = ") ? $0 : nil }
        })
        #expect(SiteConfig.topKeys.isSubset(of: keys), "not in the scaffold: \(SiteConfig.topKeys.subtracting(keys).sorted())")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("Themes/custom"), withIntermediateDirectories: true)
        try enabled.write(to: dir.appendingPathComponent("enabled.toml"), atomically: true, encoding: .utf8)
        // Read by the CLI from the portal folder, where the roster file it names is.
        let check = try CLITests.run(["check", "--config", "enabled.toml"], in: dir)
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
    }

    @Test func initNeverOverwrites() throws {
        let dir = SiteTestData.scratch("init-twice")
        try "title = \"本地门户\"\n".write(to: dir.appendingPathComponent("gxsite.toml"), atomically: true, encoding: .utf8)
        let run = try CLITests.run(["init"], in: dir)
        #expect(run.status == 2)
        #expect(run.stderr == "gxsite: error: cannot init: \(dir.standardizedFileURL.path)/gxsite.toml exists; nothing was written\n")
        #expect(try String(contentsOf: dir.appendingPathComponent("gxsite.toml"), encoding: .utf8) == "title = \"本地门户\"\n")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("roster.toml").path))
    }
}
