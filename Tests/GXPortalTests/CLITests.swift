import Foundation
import Testing

/// Runs the built `gxsite` executable and checks its output word for word and its exit codes.
@Suite struct CLITests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static var executable: URL {
        // The test bundle sits beside the products in .build/<config>/.
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent("gxsite").path), dir.path != "/" {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("gxsite")
    }

    static func run(_ arguments: [String], in directory: URL = SiteTestData.root, environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        if let environment { process.environment = environment }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Both pipes drain at once: a child filling one while we block on the other would deadlock.
        let errData = Box()
        let reader = Thread { errData.data = err.fileHandleForReading.readDataToEndOfFile(); errData.done.signal() }
        reader.start()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        errData.done.wait()
        let e = errData.data
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// A content folder holding one report whose 自然人 column breaks the 勾稽关系.
    static func brokenContent() throws -> URL {
        let dir = SiteTestData.scratch("cli-broken")
        var lines = try String(contentsOf: SiteTestData.root.appendingPathComponent("Tests/Fixtures/reports/010_shuyang_drc_2023.txt"), encoding: .utf8)
            .components(separatedBy: "\n")
        lines[87] = "\t25"
        try lines.joined(separator: "\n").write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        return dir
    }

    /// The repository's gxsite.toml applies: an alias, a roster and one accepted finding.
    /// The executable's allocator is jemalloc with gxsite's own options (transparent huge pages): a toolchain that
    /// dropped the library at link time, or a build that lost `malloc_conf`, would fall back silently otherwise.
    @Test func theExecutableRunsOnJemallocWithItsOptions() throws {
        var environment = ProcessInfo.processInfo.environment
        environment["MALLOC_CONF"] = "stats_print:true"
        let run = try Self.run(["--version"], environment: environment)
        #expect(run.status == 0)
        #expect(run.stderr.contains("___ Begin jemalloc statistics ___"))
        #expect(run.stderr.contains("opt.thp: \"always\""))
        #expect(run.stderr.contains("opt.metadata_thp: \"always\""))
    }

    @Test func checkSeedsHasNoErrors() throws {
        let run = try Self.run(["check", "--content", "Content"])
        #expect(run.status == 0)
        #expect(run.stdout == "Checked 6 reports: 0 errors, 73 warnings, 1 accepted; 0 inputs skipped.\n")
        // The sample's 2021 report repeats its 2020 report but for the figures.
        #expect(run.stderr.hasPrefix("Content/000_yuyao-2021.txt:4:1: warning: 一、五、六部分中本机关自己的文字共1026字，其中1025字（99%）与本机关2020年报告（000_de03c57df4063b09.txt）相同 [text-reuse]\n"))
        #expect(run.stderr.contains("Content/000_yuyao-2021.txt:92:2: warning: 2021年度报告的表三按2019年版模板（国办公开办函〔2019〕60号）填写，应使用2021年版模板（国办公开办函〔2021〕30号） [template-mismatch]\n"))
        #expect(run.stderr.contains("Content/002_af7ba795f29cd9b9.txt:382:2: warning: 行政复议、行政诉讼情况：行政复议·结果维持"))
        #expect(run.stderr.contains("为空白（未填写不同于0） [blank-cell] (accepted: 经核实，该局本年度无行政复议、行政诉讼案件，原表未填写处均为0。)\n"))
    }

    @Test func staleAcceptanceWithoutReportIsPrintedAgainstTheConfig() throws {
        let dir = try Self.brokenContent()
        let config = dir.appendingPathComponent("office.toml")
        try "\n[[accept]]\nrule = \"row-sum\"\nagency = \"某局\"\nyear = 2020\nreason = \"说明\"\n".write(to: config, atomically: true, encoding: .utf8)
        let run = try Self.run(["check", "--content", dir.path, "--config", config.path])
        #expect(run.stderr.hasSuffix("office.toml:2:1: warning: office.toml第2行接受的问题（规则 row-sum，某局2020年度）已不再出现，请删除或改正这条说明 [stale-acceptance]\n"))
        let bad = dir.appendingPathComponent("bad.toml")
        try "[[accept]]\nrule = \"row-sums\"\n".write(to: bad, atomically: true, encoding: .utf8)
        let failed = try Self.run(["check", "--content", dir.path, "--config", bad.path])
        #expect(failed.status == 2)
        #expect(failed.stderr.hasPrefix("gxsite: error: \(bad.path):1: 'accept[1].rule' 'row-sums' is not a rule id that can be accepted"))
    }

    @Test func checkReportsErrorsWithLocation() throws {
        let dir = try Self.brokenContent()
        let run = try Self.run(["check", "--content", dir.path])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(dir.path)/a.txt:345:2: error: 自然人列：第一项+第二项=25，第三项+第四项=26 [reconciliation]\n"))
        #expect(run.stdout == "Checked 1 report: 1 error, 25 warnings; 0 inputs skipped.\n")
    }

    @Test func checkJSON() throws {
        let dir = try Self.brokenContent()
        let run = try Self.run(["check", "--content", dir.path, "--format", "json"])
        #expect(run.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let reports = try #require(json["reports"] as? [[String: Any]])
        #expect(reports.count == 1)
        #expect(reports[0]["id"] as? String == "shu-yang-xian-fa-zhan-he-gai-ge-ju/2023")
        #expect(reports[0]["status"] as? String == "fail")
        let findings = try #require(reports[0]["findings"] as? [[String: Any]])
        let error = try #require(findings.first { $0["severity"] as? String == "error" })
        #expect(error["rule"] as? String == "reconciliation")
        #expect(error["line"] as? Int == 345)
        #expect(error["column"] as? Int == 2)
        #expect(error["message"] as? String == "自然人列：第一项+第二项=25，第三项+第四项=26")
    }

    @Test func longListsAreCapped() throws {
        let dir = SiteTestData.scratch("cli-many")
        let seed = try String(contentsOf: SiteTestData.root.appendingPathComponent("Content/004_6001728057d43c53.txt"), encoding: .utf8)
        for i in 0..<10 {
            try seed.replacingOccurrences(of: "2020年椒江区人民政府行政服务中心", with: "2020年椒江区第\(i)服务中心")
                .write(to: dir.appendingPathComponent("r\(i).txt"), atomically: true, encoding: .utf8)
        }
        // Run where no gxsite.toml applies.
        let run = try Self.run(["check", "--content", dir.path], in: dir)
        #expect(run.status == 0)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 201)
        // Every report copies the others: each names the nine others (`text-shared`).
        #expect(lines.last == "… and 130 more")
    }

    @Test func buildWritesSiteAndSummary() throws {
        let out = SiteTestData.scratch("cli-build").appendingPathComponent("Site")
        let run = try Self.run(["build", "--content", "Content", "--output", out.path])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("Built 6 reports, wrote 52 pages ("))
        #expect(run.stdout.hasSuffix("0 inputs skipped; 0 errors, 73 warnings, 1 accepted.\n"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("submissions/2021/index.html").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("index.html").path))
    }

    @Test func timingsSayHowManyReportsTextReuseCompared() throws {
        let dir = SiteTestData.scratch("cli-timings")
        let content = dir.appendingPathComponent("Content")
        try FileManager.default.copyItem(at: SiteTestData.root.appendingPathComponent("Content"), to: content)
        func build() throws -> String {
            let run = try Self.run(["build", "--content", content.path, "--output", dir.appendingPathComponent("Site").path,
                                    "--no-search", "--quiet", "--timings"])
            #expect(run.status == 0, "\(run.stderr)")
            return run.stdout
        }
        #expect(try build().contains(/; text reuse [0-9.]+ s \(6 of 6 reports compared\); inputs parsed 7;/))
        // An edit of the 2020 report's own words: it and the 2021 report, which has it as previous report, are compared
        // again.
        let edited = content.appendingPathComponent("000_de03c57df4063b09.txt")
        try (try String(contentsOf: edited, encoding: .utf8) + "\n附记：本报告另附说明若干条。\n").write(to: edited, atomically: true, encoding: .utf8)
        #expect(try build().contains(/; text reuse [0-9.]+ s \(2 of 6 reports compared\); inputs parsed 1;/))
    }

    /// Run away from the repository (no .venv) with a PATH that holds no Pagefind.
    static func runWithoutPagefind(_ extra: [String], environment: [String: String] = [:]) throws -> (Run, URL) {
        let dir = SiteTestData.scratch("cli-nosearch")
        let out = dir.appendingPathComponent("Site")
        let run = try Self.run(["build", "--content", SiteTestData.root.appendingPathComponent("Content").path, "--output", out.path,
                                "--theme", SiteTestData.defaultTheme.path, "--base-url", "https://example.gov.cn/"] + extra,
                               in: dir, environment: ["PATH": "/usr/bin:/bin"].merging(environment) { $1 })
        return (run, out)
    }

    @Test func buildWithoutPagefindWarnsOnceAndGoesOn() throws {
        let (run, out) = try Self.runWithoutPagefind([])
        #expect(run.status == 0)
        #expect(run.stderr == "gxsite: warning: Pagefind not found, so the site is built without a search index: install it with `pip install pagefind-bin-extended` (then pagefind_extended must be on PATH), or set GXSITE_PAGEFIND to its path; from the repository, scripts/ensure-deps.sh puts it in .venv and `make install` installs it beside gxsite\n")
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("search/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("pagefind").path))
    }

    @Test func noSearchSkipsPagefindWithoutAWarning() throws {
        let (run, out) = try Self.runWithoutPagefind(["--no-search"], environment: ["GXSITE_PAGEFIND": "/nonexistent/pagefind"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("pagefind").path))
    }

    @Test func aMissingNamedPagefindExitsTwo() throws {
        let (run, out) = try Self.runWithoutPagefind([], environment: ["GXSITE_PAGEFIND": "/nonexistent/pagefind"])
        #expect(run.status == 2)
        #expect(run.stderr == "gxsite: error: Pagefind not found or not executable: /nonexistent/pagefind (from GXSITE_PAGEFIND)\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test(arguments: [
        (["build", "--content", "/nonexistent/Content"], "gxsite: error: load: content folder not found: /nonexistent/Content\n"),
        (["build", "--theme", "/nonexistent/theme"], "gxsite: error: load: theme folder not found: /nonexistent/theme\n"),
        (["check", "--content", "/nonexistent/Content"], "gxsite: error: content folder not found: /nonexistent/Content\n"),
    ])
    func environmentErrorsExitTwo(arguments: [String], message: String) throws {
        let run = try Self.run(arguments + (arguments[0] == "build" ? ["--output", SiteTestData.scratch("cli-x").appendingPathComponent("Site").path] : []))
        #expect(run.status == 2)
        #expect(run.stderr == message)
    }

    @Test func unwritableOutputExitsTwo() throws {
        let blocker = SiteTestData.scratch("cli-ro").appendingPathComponent("file")
        try "x".write(to: blocker, atomically: true, encoding: .utf8)
        let run = try Self.run(["build", "--output", blocker.appendingPathComponent("Site").path])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("gxsite: error: write: cannot write output folder \(blocker.path)/Site: "))
    }

    @Test func badFlagExitsTwo() throws {
        let run = try Self.run(["check", "--format", "xml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--format"))
    }

    /// A template is looked for in the --theme folder, the config's theme, ./Themes/default, then the built-in theme.
    @Test func templatesAreLookedForInTheDocumentedOrder() throws {
        let dir = SiteTestData.scratch("cli-theme-order")
        let fm = FileManager.default
        func template(_ folder: String, _ name: String, _ text: String) throws {
            try fm.createDirectory(at: dir.appendingPathComponent(folder), withIntermediateDirectories: true)
            try text.write(to: dir.appendingPathComponent("\(folder)/\(name).mustache"), atomically: true, encoding: .utf8)
        }
        try template("flag", "rules", "<p>来自参数</p>")
        try template("configured", "rules", "<p>来自配置</p>")
        try template("configured", "data", "<p>配置数据页</p>")
        try template("Themes/default", "data", "<p>本地数据页</p>")
        try template("Themes/default", "search", "<p>本地搜索页</p>")
        try "theme = \"configured\"\n".write(to: dir.appendingPathComponent("gxsite.toml"), atomically: true, encoding: .utf8)
        let content = dir.appendingPathComponent("Content")
        try fm.createDirectory(at: content, withIntermediateDirectories: true)
        try fm.copyItem(at: SiteTestData.root.appendingPathComponent("Content/003_096eb810ffb81dcc.txt"), to: content.appendingPathComponent("a.txt"))
        let run = try Self.run(["build", "--theme", "flag", "--no-search", "--quiet"], in: dir)
        #expect(run.status == 0, "\(run.stderr)")
        func page(_ path: String) throws -> String { try String(contentsOf: dir.appendingPathComponent("Site/\(path)"), encoding: .utf8) }
        #expect(try page("validation/rules/index.html").contains("来自参数"))
        #expect(try page("data/index.html").contains("配置数据页"))
        #expect(try page("search/index.html").contains("本地搜索页"))
        #expect(try page("regions/index.html").contains("<main"), "the built-in theme answers for the rest")
    }

    /// A `gxsite serve` of a copy of seed 003 on a random port, for the serve tests.
    struct Serving {
        let process: Process
        let port: UInt16

        /// Starts serving `dir/Content` into `dir/Site` with `arguments` added, and waits for the home page.
        init(_ dir: URL, arguments: [String] = [], environment: [String: String]? = nil) throws {
            let content = dir.appendingPathComponent("Content")
            try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
            let source = SiteTestData.root.appendingPathComponent("Content/003_096eb810ffb81dcc.txt")
            try FileManager.default.copyItem(at: source, to: content.appendingPathComponent("a.txt"))
            port = UInt16(20_000 + Int.random(in: 0..<20_000))
            process = Process()
            process.executableURL = CLITests.executable
            process.arguments = ["serve", "--content", content.path, "--output", dir.appendingPathComponent("Site").path,
                                 "--theme", SiteTestData.defaultTheme.path, "--port", "\(port)", "--interval", "0.2"] + arguments
            if let environment { process.environment = environment }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
        }

        func get(_ path: String) -> String? { HTTP.get(port: port, path: path) }

        /// The home page, once the first build is served (nil after 30 s).
        func home() -> String? {
            for _ in 0..<150 {
                if let page = get("/") { return page }
                Thread.sleep(forTimeInterval: 0.2)
            }
            return nil
        }

        /// The site's version once a rebuild has raised it from 0 ("0" after 30 s).
        func versionAfterRebuild() -> String {
            var version = "0"
            for _ in 0..<150 where version == "0" {
                Thread.sleep(forTimeInterval: 0.2)
                version = get("/__gxsite/version") ?? "0"
            }
            return version
        }

        func stop() {
            process.terminate()
            process.waitUntilExit()
        }
    }

    @Test func serveInjectsReloadAndRebuildsOnChange() throws {
        let dir = SiteTestData.scratch("serve")
        let serving = try Serving(dir)
        defer { serving.stop() }
        let page = try #require(serving.home())
        #expect(page.contains("/__gxsite/version"))
        let onDisk = try String(contentsOf: dir.appendingPathComponent("Site/index.html"), encoding: .utf8)
        #expect(!onDisk.contains("__gxsite"))
        #expect(serving.get("/__gxsite/version") == "0")
        #expect(serving.get("/../../etc/passwd")?.contains("root:") != true)
        let report = dir.appendingPathComponent("Content/a.txt")
        try (String(contentsOf: report, encoding: .utf8) + "\n附记。\n").write(to: report, atomically: true, encoding: .utf8)
        #expect(serving.versionAfterRebuild() == "1")
    }

    /// The HTTP server is a process of its own (`gxsite-http`): it ends with gxsite, however gxsite ends.
    @Test(arguments: [SIGTERM, SIGKILL])
    func theServerEndsWithServe(signal: Int32) throws {
        let dir = SiteTestData.scratch("serve-end-\(signal)")
        let serving = try Serving(dir, arguments: ["--no-search"])
        #expect(serving.home() != nil)
        kill(serving.process.processIdentifier, signal)
        serving.process.waitUntilExit()
        var gone = false
        for _ in 0..<50 where !gone {
            gone = serving.get("/") == nil
            if !gone { Thread.sleep(forTimeInterval: 0.1) }
        }
        #expect(gone, "the server still answers after gxsite ended")
    }

    @Test func serveWithoutItsServerSaysWhereItLooked() throws {
        let dir = SiteTestData.scratch("serve-alone")
        let bin = dir.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.executable, to: bin.appendingPathComponent("gxsite"))
        let content = dir.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = bin.appendingPathComponent("gxsite")
        process.arguments = ["serve", "--content", content.path, "--output", dir.appendingPathComponent("Site").path,
                             "--theme", SiteTestData.defaultTheme.path, "--no-search", "--port", "\(UInt16(20_000 + Int.random(in: 0..<20_000)))"]
        let errors = Pipe()
        (process.standardOutput, process.standardError) = (FileHandle.nullDevice, errors)
        try process.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        let helper = bin.appendingPathComponent("gxsite-http").path
        #expect(stderr.contains("gxsite: error: cannot serve: the HTTP server gxsite-http is not at \(helper) (build it with `swift build --product gxsite-http`, or install both with `make install`)"))
    }

    /// With the kernel's events, and with the polling that replaces them where there are none.
    @Test(arguments: [false, true])
    func serveRebuildsWhenTheConfigChanges(polling: Bool) throws {
        let dir = SiteTestData.scratch("serve-config")
        let config = dir.appendingPathComponent("site.toml")
        try "title = \"第一版门户\"\n".write(to: config, atomically: true, encoding: .utf8)
        var environment = ProcessInfo.processInfo.environment
        environment["GXSITE_PORTABLE_SYSTEM"] = polling ? "1" : "0"
        let serving = try Serving(dir, arguments: ["--config", config.path, "--no-search"], environment: environment)
        defer { serving.stop() }
        #expect(try #require(serving.home()).contains("第一版门户"))
        // Saved as editors do: a new file renamed over the old one.
        try "title = \"第二版门户\"\n".write(to: config, atomically: true, encoding: .utf8)
        #expect(serving.versionAfterRebuild() == "1")
        #expect(serving.get("/")?.contains("第二版门户") == true)
    }
}

/// Data handed from the stderr reader thread.
final class Box: @unchecked Sendable {
    var data = Data()
    let done = DispatchSemaphore(value: 0)
}

/// A minimal HTTP GET over a socket with timeouts, so a test never hangs on a server that is not up.
enum HTTP {
    static func get(port: UInt16, path: String) -> String? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = port.bigEndian
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard send(fd, request, request.count, Int32(MSG_NOSIGNAL)) == request.count else { return nil }
        var response = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n <= 0 { break }
            response += buffer[0..<n]
        }
        let text = String(decoding: response, as: UTF8.self)
        guard text.hasPrefix("HTTP/1.1 200"), let split = text.range(of: "\r\n\r\n") else { return nil }
        return String(text[split.upperBound...])
    }
}
