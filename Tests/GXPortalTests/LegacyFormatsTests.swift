import Foundation
import Testing
@testable import GXReport
@testable import GXPortal
@testable import GXBuild

/// Legacy inputs made at test time by LibreOffice from a DOCX fixture with real figures: .doc, .rtf and .odt, and the
/// .doc again under .wps (WPS files are OLE2 documents LibreOffice tells apart by content).
enum LegacyFixtures {
    /// The DOCX every legacy input is made from.
    static let docx = InputFormatsTests.formats.appendingPathComponent("010_shuyang_drc_2023.docx")
    /// The formats tested, each a file `report.<format>` in `folder`.
    static let formats = ["doc", "wps", "rtf", "odt"]
    /// The real LibreOffice, as a build would find it.
    static let soffice = LegacyConverter.locate(environment: ProcessInfo.processInfo.environment)
    /// Why the tests that need LibreOffice are skipped when it is absent.
    static let absent: Comment = "LibreOffice (soffice) is not installed: apt-get install --no-install-recommends libreoffice-writer-nogui"

    /// The folder of `report.doc`, `.wps`, `.rtf` and `.odt`, made once for the run: one LibreOffice call per format made.
    static let folder: URL? = {
        guard let soffice else { return nil }
        let dir = SiteTestData.scratch("legacy-fixtures")
        for format in ["doc", "rtf", "odt"] {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: soffice)
            process.arguments = ["--headless", "--norestore", "--nolockcheck",
                                 "-env:UserInstallation=" + dir.appendingPathComponent("profile").absoluteString,
                                 "--convert-to", format, "--outdir", dir.path, docx.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            guard (try? process.run()) != nil else { return nil }
            process.waitUntilExit()
            let made = dir.appendingPathComponent("010_shuyang_drc_2023.\(format)")
            guard (try? FileManager.default.moveItem(at: made, to: dir.appendingPathComponent("report.\(format)"))) != nil else { return nil }
        }
        guard (try? FileManager.default.copyItem(at: dir.appendingPathComponent("report.doc"),
                                                 to: dir.appendingPathComponent("report.wps"))) != nil else { return nil }
        return dir
    }()

    /// The file of `format`.
    static func file(_ format: String) throws -> URL {
        try #require(folder, "LibreOffice could not make the fixtures").appendingPathComponent("report.\(format)")
    }

    /// Every legacy fixture read through `InputReader` after one batched conversion, by format (one LibreOffice call),
    /// with whether the batch's folder was private while it existed and is gone afterwards.
    static let read: (outcomes: [String: ParseOutcome], privateFolder: Bool, removed: Bool)? = {
        guard let soffice, let folder else { return nil }
        let inputs = formats.map { InputFile(path: "legacy/report.\($0)", url: folder.appendingPathComponent("report.\($0)")) }
        let batch = LegacyBatch(inputs, converter: LegacyConverter(environment: ["GXSITE_SOFFICE": soffice]))
        var outcomes: [String: ParseOutcome] = [:]
        for (format, input) in zip(formats, inputs) {
            outcomes[format] = InputReader.read(input, hashing: false, legacy: batch).outcome
        }
        let mode = batch.folder.flatMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.posixPermissions] as? Int }
        batch.finish()
        let removed = batch.folder.map { !FileManager.default.fileExists(atPath: $0.path) } ?? false
        return (outcomes, mode == 0o700, removed)
    }()

    /// Every figure of tables 三 and 四 of `report`, in template order (nil for a row not read).
    static func figures(_ report: Report?) -> [[CellValue]?] {
        guard let report else { return [] }
        let rows = ApplicationRow.allCases.map { row in report.applications?.cells[row]?.map(\.value) }
        return rows + [report.review?.cells.map(\.value)]
    }

    /// A shell script at a new path in `folder`, executable.
    static func script(_ text: String, in folder: URL, named name: String = "soffice") throws -> URL {
        let url = folder.appendingPathComponent(name)
        try ("#!/bin/sh\n" + text).write(to: url, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
        return url
    }
}

/// Legacy formats (.doc, .wps, .rtf, .odt) through LibreOffice: the figures, the build, the originals, the cache, and
/// what happens without LibreOffice, with a damaged file or a stalled converter.
@Suite struct LegacyFormatsTests {
    /// Every figure of tables 三 and 四 read from each legacy file equals the DOCX's; the report keeps its format and path.
    @Test(.enabled(if: LegacyFixtures.soffice != nil, LegacyFixtures.absent), arguments: LegacyFixtures.formats)
    func figuresEqualTheDocx(format: String) throws {
        let docx = InputReader.read(InputFile(path: "legacy/report.docx", url: LegacyFixtures.docx)).report
        let expected = LegacyFixtures.figures(docx)
        // Real figures, not a table of zeros or blanks that any reading would match.
        #expect(expected.flatMap { $0 ?? [] }.contains { if case .number(let n) = $0 { n > 0 } else { false } })
        #expect(expected.last.flatMap { $0 } != nil, "table 四 read")
        #expect(expected.count { $0 != nil } > 20, "\(expected.count { $0 != nil }) rows read")
        let read = try #require(LegacyFixtures.read)
        let outcome = try #require(read.outcomes[format])
        let report = try #require(outcome.report, "\(outcome.findings.map(\.message))")
        #expect(report.format == format)
        #expect(report.source == "legacy/report.\(format)")
        #expect(report.agency == docx?.agency)
        #expect(report.year == docx?.year)
        #expect(LegacyFixtures.figures(report) == expected)
        #expect(outcome.findings.allSatisfy { $0.file == "legacy/report.\(format)" })
        #expect(!outcome.findings.contains { ["unreadable-input", "unparsed-table", "missing-section"].contains($0.rule) })
        #expect(read.privateFolder, "the converted files wait in a folder of mode 0700")
        #expect(read.removed, "and it is removed once they are parsed")
    }

    /// One LibreOffice call for every legacy input of a build; a damaged one gets one diagnostic; the original is
    /// published as received; a rebuild converts nothing it has converted before.
    @Test(.enabled(if: LegacyFixtures.soffice != nil, LegacyFixtures.absent))
    func buildConvertsOnceAndTheCacheKeepsIt() throws {
        let base = SiteTestData.scratch("legacy-build")
        let content = base.appendingPathComponent("Content")
        let fm = FileManager.default
        try fm.createDirectory(at: content.appendingPathComponent("2023"), withIntermediateDirectories: true)
        try fm.copyItem(at: LegacyFixtures.file("doc"), to: content.appendingPathComponent("2023/report.doc"))
        let original = try Data(contentsOf: content.appendingPathComponent("2023/report.doc"))
        // Not a Word file at all (LibreOffice would read it as text), and a Word file cut short (LibreOffice gives up).
        try Data((0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }).write(to: content.appendingPathComponent("garbage.doc"))
        try original.prefix(original.count / 3).write(to: content.appendingPathComponent("truncated.doc"))
        try fm.copyItem(at: SiteTestData.root.appendingPathComponent("Content/000_de03c57df4063b09.txt"),
                        to: content.appendingPathComponent("other.txt"))
        let before = try SiteTestData.files(in: content).map { ($0, try Data(contentsOf: content.appendingPathComponent($0))) }
        // Records each call, then runs the real LibreOffice.
        let log = base.appendingPathComponent("calls.log")
        let wrapper = try LegacyFixtures.script("echo \"$@\" >> '\(log.path)'\nexec '\(LegacyFixtures.soffice!)' \"$@\"\n", in: base)
        var options = BuildOptions(content: content, output: base.appendingPathComponent("Site"),
                                   themeDirectories: [SiteTestData.defaultTheme], jobs: 2)
        options.converter = LegacyConverter(environment: ["GXSITE_SOFFICE": wrapper.path])
        /// The LibreOffice calls made so far, one line each.
        func calls() -> [String] {
            ((try? String(contentsOf: log, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }

        let first = try SiteBuilder(options: options).build()
        #expect(calls().count == 1, "one call for both files LibreOffice is given")
        #expect(calls().first?.components(separatedBy: ".doc").count == 3, "report.doc and truncated.doc, not garbage.doc")
        #expect(first.reports == 2)
        #expect(first.skipped == 2)
        let unreadable = first.findings.filter { $0.rule == "unreadable-input" }
        #expect(unreadable.map(\.file) == ["garbage.doc", "truncated.doc"])
        #expect(unreadable.map(\.message) == ["文件内容不是Word 97-2003文档（DOC）格式，可能已损坏，已跳过",
                                              "LibreOffice无法打开此文件（可能已损坏、加密或不是其扩展名所示的格式），已跳过"])
        let site = options.output
        let page = try #require(SiteTestData.files(in: site).first { $0.hasSuffix("/2023/original.doc") })
        #expect(try Data(contentsOf: site.appendingPathComponent(page)) == original, "published as received")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.appendingPathComponent(
            page.replacingOccurrences(of: "original.doc", with: "report.json")))) as? [String: Any]
        #expect(json?["format"] as? String == "doc")
        #expect(json?["source"] as? String == "2023/report.doc")
        let html = try String(contentsOf: site.appendingPathComponent(page.replacingOccurrences(of: "original.doc", with: "index.html")),
                              encoding: .utf8)
        #expect(html.contains("original.doc"))
        #expect(html.contains("Word 97-2003文档（DOC）"))

        let again = try SiteBuilder(options: options).build()
        #expect(again.unchanged)
        #expect(calls().count == 1, "nothing changed: no conversion")

        try (String(contentsOf: content.appendingPathComponent("other.txt"), encoding: .utf8) + "\n附：无。\n")
            .write(to: content.appendingPathComponent("other.txt"), atomically: true, encoding: .utf8)
        let edit = try SiteBuilder(options: options).build()
        #expect(!edit.unchanged)
        #expect(edit.parsedInputs == 1, "the .doc files come from the parse cache")
        #expect(calls().count == 1, "an unchanged .doc is not converted again")
        #expect(edit.reports == 2)
        #expect(edit.findings.filter { $0.rule == "unreadable-input" }.map(\.file) == ["garbage.doc", "truncated.doc"])
        #expect(try Data(contentsOf: site.appendingPathComponent(page)) == original)

        // Every page made again, the .doc's from its report read again: from the converted file the build kept.
        options.config.title = "某市政府信息公开年报"
        let retitled = try SiteBuilder(options: options).build()
        #expect(retitled.parsedInputs == 0)
        #expect(calls().count == 1, "a page made again does not convert its .doc again")
        let again2 = try String(contentsOf: site.appendingPathComponent(page.replacingOccurrences(of: "original.doc", with: "index.html")),
                                encoding: .utf8)
        #expect(again2.contains("某市政府信息公开年报"))
        #expect(again2.contains("二、主动公开政府信息情况"), "the narrative is there")
        let kept = try FileManager.default.contentsOfDirectory(atPath: BuildCache(output: site).folder.appendingPathComponent("converted").path)
        #expect(kept == [SHA256.hex(original) + ".docx"], "the store keeps the conversions of the inputs there are, no more")

        // Nothing in the content folder was written, but the edit.
        let after = try SiteTestData.files(in: content).map { ($0, try Data(contentsOf: content.appendingPathComponent($0))) }
        #expect(after.map(\.0) == before.map(\.0))
        #expect(zip(after, before).filter { $0.0.1 != $0.1.1 }.map(\.0.0) == ["other.txt"])
    }

    /// Without LibreOffice each legacy input gets one diagnostic naming the package, and the build goes on.
    @Test func missingLibreOfficeSkipsEachLegacyFileAndGoesOn() throws {
        let base = SiteTestData.scratch("legacy-missing")
        let content = base.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for format in LegacyFixtures.formats { try Data("not converted".utf8).write(to: content.appendingPathComponent("r.\(format)")) }
        try FileManager.default.copyItem(at: SiteTestData.root.appendingPathComponent("Content/000_de03c57df4063b09.txt"),
                                         to: content.appendingPathComponent("other.txt"))
        var options = BuildOptions(content: content, output: base.appendingPathComponent("Site"),
                                   themeDirectories: [SiteTestData.defaultTheme], jobs: 2)
        options.converter = LegacyConverter(environment: ["GXSITE_SOFFICE": base.appendingPathComponent("no/soffice").path])
        #expect(options.converter.executable == nil)
        let summary = try SiteBuilder(options: options).build()
        #expect(summary.reports == 1)
        #expect(summary.skipped == 4)
        let skipped = summary.findings.filter { $0.file.hasPrefix("r.") }
        #expect(skipped.map(\.file) == ["r.doc", "r.odt", "r.rtf", "r.wps"])
        #expect(skipped.allSatisfy { $0.rule == "unreadable-input" && $0.severity == .error })
        #expect(skipped.first?.message == "未找到LibreOffice，无法读取DOC文件，已跳过；请安装Debian软件包libreoffice-writer-nogui"
            + "（apt-get install --no-install-recommends libreoffice-writer-nogui），或以环境变量GXSITE_SOFFICE指明soffice的位置")
        #expect(skipped.last?.message.contains("无法读取WPS文件") == true)
        // Not cached: the next build, with LibreOffice, converts them (here: is asked to, and fails otherwise).
        let parsed = try #require(ParseCache(path: BuildCache(output: options.output).parsedPath, seed: parseSeed(options)))
        #expect(!parsed.holds("r.doc", key: SiteBuilder.parseKey("r.doc", sha256: SHA256.hex(Data("not converted".utf8)), [:])))
    }

    /// The parse cache's seed as `SiteBuilder.build` makes it.
    private func parseSeed(_ options: BuildOptions) -> String {
        BuildCache.digest([SiteBuilder.generator, SiteBuilder.executableStamp, ContextDigest.canonical(options.config.aliases)])
    }

    /// A fake `soffice` that stalls, or exits leaving a child behind: after the call, nothing of its group runs.
    @Test(arguments: [("stalls", true), ("exits leaving a child", false)])
    func nothingOfTheGroupIsLeftRunning(_ name: String, stalls: Bool) throws {
        let base = SiteTestData.scratch("legacy-group")
        let pids = base.appendingPathComponent("pids")
        let script = try LegacyFixtures.script("""
            echo $$ > '\(pids.path)'
            sleep 600 &
            echo $! >> '\(pids.path)'
            \(stalls ? "wait" : "exit 0")

            """, in: base)
        let converter = LegacyConverter(environment: ["GXSITE_SOFFICE": script.path], seconds: 1, secondsPerFile: 0)
        let folder = try LegacyConverter.privateFolder().get()
        defer { try? FileManager.default.removeItem(at: folder) }
        let word = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504))
        let start = Date()
        let result = converter.convert([(word, "doc", "0")], in: folder)
        let seconds = Date().timeIntervalSince(start)
        if stalls {
            #expect(result.count == 1 && result.first.map { if case .failure(.timedOut(seconds: 1)) = $0 { true } else { false } } == true)
            #expect(seconds >= 1 && seconds < 10)
        } else {
            #expect(result.count == 1 && result.first.map { if case .failure(.rejected) = $0 { true } else { false } } == true)
            #expect(seconds < 5)
        }
        let ids = try String(contentsOf: pids, encoding: .utf8).split(separator: "\n").compactMap { Int32($0) }
        #expect(ids.count == 2)
        let leader = try #require(ids.first)
        // Killed members are orphans; an init that does not reap leaves them zombies, which run nothing.
        var running: [Int32] = []
        for _ in 0..<100 {
            running = Self.processes(inGroup: leader).filter { $0.state != "Z" }.map(\.pid)
            if running.isEmpty { break }
            usleep(20_000)
        }
        #expect(running.isEmpty, "processes of the group still running: \(running)")
        #expect(ids.allSatisfy { Self.state(of: $0) == nil || Self.state(of: $0) == "Z" })
    }

    /// A file that stalls LibreOffice fails alone: after the call times out, each of its files is converted on its own.
    @Test func aStallingFileFailsAlone() throws {
        let base = SiteTestData.scratch("legacy-stall")
        let log = base.appendingPathComponent("calls.log")
        // Stalls when given several files or the one marked STALL; otherwise "converts" by copying the DOCX fixture.
        let script = try LegacyFixtures.script("""
            echo "$@" >> '\(log.path)'
            out="$8"
            shift 8
            [ $# -gt 1 ] && exec sleep 600
            grep -q STALL "$1" && exec sleep 600
            name=$(basename "$1")
            cp '\(LegacyFixtures.docx.path)' "$out/${name%.*}.docx"

            """, in: base)
        let converter = LegacyConverter(environment: ["GXSITE_SOFFICE": script.path], seconds: 1, secondsPerFile: 0)
        let folder = try LegacyConverter.privateFolder().get()
        defer { try? FileManager.default.removeItem(at: folder) }
        let word = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])
        let results = converter.convert([(word + Data("a".utf8), "doc", "0"), (word + Data("STALL".utf8), "doc", "1"),
                                         (word + Data("b".utf8), "wps", "2")], in: folder)
        let calls = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        #expect(calls.count == 4, "the call of three, then one for each")
        #expect(results.map { if case .success = $0 { "converted" } else { "\($0)" } }
            == ["converted", "failure(GXPortal.LegacyConverter.Failure.timedOut(seconds: 1))", "converted"])
        #expect(try results[0].get().lastPathComponent == "0.docx")
    }

    /// Every process whose group is `group`, with its state letter, from /proc.
    static func processes(inGroup group: Int32) -> [(pid: Int32, state: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        return names.compactMap { Int32($0) }.compactMap { pid in
            guard let fields = statFields(pid), fields.count > 2, Int32(fields[2]) == group else { return nil }
            return (pid, fields[0])
        }
    }

    /// The state letter of `pid`, nil when there is no such process.
    static func state(of pid: Int32) -> String? {
        statFields(pid)?.first
    }

    /// The fields of `/proc/<pid>/stat` after the command name: state, parent, group …
    static func statFields(_ pid: Int32) -> [String]? {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = text.lastIndex(of: ")") else { return nil }
        return text[text.index(after: close)...].split(separator: " ").map(String.init)
    }

    /// A file is given to LibreOffice only when its first bytes are of a format its extension may hold.
    @Test(arguments: [
        ("doc", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], true),
        ("wps", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], true),
        ("doc", Array("{\\rtf1\\ansi".utf8), true),
        ("doc", [0x50, 0x4B, 0x03, 0x04, 0], true),
        ("doc", Array("年度报告".utf8), false),
        ("rtf", Array("{\\rtf1\\ansi".utf8), true),
        ("rtf", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0], false),
        ("odt", [0x50, 0x4B, 0x03, 0x04, 0], true),
        ("odt", Array("{\\rtf1".utf8), false),
    ] as [(String, [UInt8], Bool)])
    func contentMustMatchTheExtension(format: String, bytes: [UInt8], accepted: Bool) {
        #expect(LegacyConverter.looksLike(format, Data(bytes)) == accepted)
    }

    /// The diagnostics of legacy inputs, word for word, and which of them the parse cache does not keep.
    @Test(arguments: [
        (LegacyConverter.Failure.missing, "odt",
         "未找到LibreOffice，无法读取ODT文件，已跳过；请安装Debian软件包libreoffice-writer-nogui（apt-get install --no-install-recommends "
            + "libreoffice-writer-nogui），或以环境变量GXSITE_SOFFICE指明soffice的位置", true),
        (.wrongContent("rtf"), "rtf", "文件内容不是RTF文档（RTF）格式，可能已损坏，已跳过", false),
        (.wrongContent("wps"), "wps", "文件内容不是WPS文字文档（WPS）格式，可能已损坏，已跳过", false),
        (.wrongContent("odt"), "odt", "文件内容不是OpenDocument文本（ODT）格式，可能已损坏，已跳过", false),
        (.rejected, "doc", "LibreOffice无法打开此文件（可能已损坏、加密或不是其扩展名所示的格式），已跳过", false),
        (.timedOut(seconds: 65), "doc", "LibreOffice转换超过65秒仍未完成，已终止，文件已跳过", true),
        (.system("Permission denied"), "doc", "无法运行LibreOffice（Permission denied），文件已跳过", true),
    ] as [(LegacyConverter.Failure, String, String, Bool)])
    func messagesWordForWord(failure: LegacyConverter.Failure, format: String, message: String, transient: Bool) {
        #expect(failure.message(format: format) == message)
        #expect(failure.isTransient == transient)
    }

    /// `GXSITE_SOFFICE` first, even when it names nothing; then `soffice`, then `libreoffice` on PATH.
    @Test func sofficeIsFoundAsTheEnvironmentSays() throws {
        let base = SiteTestData.scratch("legacy-locate")
        let bin = base.appendingPathComponent("bin"), other = base.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        let libreoffice = try LegacyFixtures.script("exit 0\n", in: bin, named: "libreoffice")
        let soffice = try LegacyFixtures.script("exit 0\n", in: other, named: "soffice")
        let chosen = try LegacyFixtures.script("exit 0\n", in: base, named: "my-soffice")
        #expect(LegacyConverter.locate(environment: ["PATH": bin.path]) == libreoffice.path)
        #expect(LegacyConverter.locate(environment: ["PATH": bin.path + ":" + other.path]) == soffice.path)
        #expect(LegacyConverter.locate(environment: ["PATH": other.path, "GXSITE_SOFFICE": chosen.path]) == chosen.path)
        #expect(LegacyConverter.locate(environment: ["PATH": other.path, "GXSITE_SOFFICE": base.appendingPathComponent("none").path]) == nil)
        #expect(LegacyConverter.locate(environment: ["PATH": base.appendingPathComponent("empty").path]) == nil)
        #expect(LegacyConverter.reads("2023/报告.DOC"))
        #expect(!LegacyConverter.reads("2023/报告.docx"))
    }
}
