import Foundation
import Testing
@testable import GXReport
@testable import GXPortal
@testable import GXBuild

/// Reports as they really arrive: every format and encoding, duplicates across formats, and bad input.
@Suite struct InputFormatsTests {
    static let seeds = ["000_de03c57df4063b09", "001_92deafc51ce9e0f4", "002_af7ba795f29cd9b9", "003_096eb810ffb81dcc", "004_6001728057d43c53"]
    static let formats = SiteTestData.root.appendingPathComponent("Tests/Fixtures/formats")

    /// Each seed once as text (UTF-8, GB18030, UTF-16 LE/BE with BOM, UTF-8 with BOM and CRLF), once as DOCX and once as HTML.
    static func mixedContent() throws -> URL {
        let dir = SiteTestData.scratch("formats").appendingPathComponent("Content")
        let fm = FileManager.default
        for sub in ["txt", "docx", "html"] { try fm.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true) }
        for (i, seed) in seeds.enumerated() {
            let text = try String(contentsOf: SiteTestData.root.appendingPathComponent("Content/\(seed).txt"), encoding: .utf8)
            let data: Data
            switch i {
            case 0: data = Data(text.utf8)
            case 1: data = text.data(using: TextDecoding.gb18030)!
            case 2: data = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
            case 3: data = Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!
            default: data = Data([0xEF, 0xBB, 0xBF]) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
            }
            try data.write(to: dir.appendingPathComponent("txt/\(seed).txt"))
            try fm.copyItem(at: formats.appendingPathComponent("\(seed).docx"), to: dir.appendingPathComponent("docx/\(seed).docx"))
            try fm.copyItem(at: formats.appendingPathComponent("\(seed).html"), to: dir.appendingPathComponent("html/\(seed).html"))
        }
        return dir
    }

    @Test func everyFormatGivesOneReportWithTheSameFigures() throws {
        let content = try Self.mixedContent()
        let load = ParseStep.parseAll(try ContentLoader.inputs(in: content), jobs: 2)
        #expect(load.skipped == 0)
        #expect(load.reports.count == 5)
        // DOCX is preferred, and the copy published names the other two.
        for (report, findings) in load.reports {
            #expect(report.format == "docx")
            let duplicate = try #require(findings.first { $0.rule == "duplicate-report" })
            let stem = (report.source as NSString).lastPathComponent.replacingOccurrences(of: ".docx", with: "")
            #expect(duplicate.message.contains("html/\(stem).html"))
            #expect(duplicate.message.contains("txt/\(stem).txt"))
        }
        // The same figures whatever the format or encoding.
        let inputs = try ContentLoader.inputs(in: content)
        for seed in Self.seeds {
            let parsed = inputs.filter { $0.path.contains(seed) }.compactMap { InputReader.read($0).report }
            #expect(parsed.count == 3, "\(seed)")
            for r in parsed.dropFirst() {
                // The same rows in any order, with the same values.
                let values = { (t: ApplicationTable?) in t.map { t in ApplicationRow.allCases.map { t.cells[$0]?.map(\.value) } } }
                #expect(values(r.applications) == values(parsed[0].applications), "\(seed) \(r.format)")
                #expect(r.review?.cells.map(\.value) == parsed[0].review?.cells.map(\.value), "\(seed) \(r.format)")
                #expect(r.agency == parsed[0].agency)
                #expect(r.year == parsed[0].year)
            }
        }
    }

    @Test(arguments: [
        ("utf8.txt", 0), ("gb18030.txt", 1), ("utf16le.txt", 2), ("utf16be.txt", 3), ("bom-crlf.txt", 4),
    ])
    func encodingsDecode(name: String, variant: Int) throws {
        let text = try String(contentsOf: SiteTestData.root.appendingPathComponent("Content/003_096eb810ffb81dcc.txt"), encoding: .utf8)
        let data: Data = switch variant {
        case 0: Data(text.utf8)
        case 1: text.data(using: TextDecoding.gb18030)!
        case 2: Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        case 3: Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!
        default: Data([0xEF, 0xBB, 0xBF]) + Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        }
        let decoded = try #require(TextDecoding.decode(data))
        #expect(decoded.text.replacingOccurrences(of: "\r\n", with: "\n") == text)
        #expect(decoded.encoding == ["utf-8", "gb18030", "utf-16le", "utf-16be", "utf-8-bom"][variant])
    }

    /// Each bad input: one diagnostic naming the file and why; the build goes on; nothing in Content/ changes.
    @Test func badInputNeverStopsTheBuild() throws {
        let dir = SiteTestData.scratch("bad").appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let fm = FileManager.default
        try fm.copyItem(at: SiteTestData.root.appendingPathComponent("Content/003_096eb810ffb81dcc.txt"), to: dir.appendingPathComponent("good.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919) }).write(to: dir.appendingPathComponent("binary.txt"))
        try fm.copyItem(at: Self.formats.appendingPathComponent("truncated.docx"), to: dir.appendingPathComponent("truncated.docx"))
        try fm.copyItem(at: Self.formats.appendingPathComponent("plain-text.docx"), to: dir.appendingPathComponent("not-zip.docx"))
        try "会议纪要\n今天开会，讨论了工作安排。\n".write(to: dir.appendingPathComponent("memo.txt"), atomically: true, encoding: .utf8)
        let big = dir.appendingPathComponent("huge.txt")
        #expect(fm.createFile(atPath: big.path, contents: nil))
        let handle = try FileHandle(forWritingTo: big)
        try handle.truncate(atOffset: 50 * 1_048_576)
        try handle.close()
        let before = try Self.snapshot(dir)

        let output = dir.deletingLastPathComponent().appendingPathComponent("Site")
        let summary = try SiteBuilder(options: BuildOptions(content: dir, output: output, themeDirectories: [SiteTestData.defaultTheme])).build()
        #expect(summary.reports == 1)
        #expect(summary.skipped == 6)
        let byFile = Dictionary(grouping: summary.findings.filter { $0.file != "good.txt" }, by: \.file)
        #expect(byFile.count == 6)
        for (file, findings) in byFile { #expect(findings.count == 1, "\(file)") }
        #expect(byFile["empty.txt"]?.first?.message == Messages.emptyInput)
        #expect(byFile["binary.txt"]?.first?.message == Messages.undecodableText)
        #expect(byFile["huge.txt"]?.first?.message == Messages.inputTooLarge(bytes: 50 * 1_048_576, limit: InputReader.sizeLimit))
        #expect(byFile["truncated.docx"]?.first?.rule == "unreadable-input")
        #expect(byFile["not-zip.docx"]?.first?.message == Messages.docxNotZip)
        #expect(byFile["memo.txt"]?.first?.rule == "not-a-report")
        #expect(try Self.snapshot(dir) == before)
    }

    @Test func readingWhileHashingGivesTheListingsDigestAndTheSameOutcome() throws {
        let dir = SiteTestData.scratch("hashing")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: SiteTestData.root.appendingPathComponent("Content/003_096eb810ffb81dcc.txt"),
                                         to: dir.appendingPathComponent("good.txt"))
        try Data().write(to: dir.appendingPathComponent("empty.txt"))
        try Data([0xFF, 0xFE, 0x00, 0xD8, 0x41]).write(to: dir.appendingPathComponent("binary.txt"))
        // Too large to parse, so never read for parsing: still hashed, as the listing hashes every input.
        try Data(repeating: 0x61, count: InputReader.sizeLimit + 1).write(to: dir.appendingPathComponent("huge.txt"))
        for name in ["good.txt", "empty.txt", "binary.txt", "huge.txt", "missing.txt"] {
            let input = InputFile(path: name, url: dir.appendingPathComponent(name))
            let (outcome, sha256) = InputReader.read(input, hashing: true)
            let want = BuildCache.digest(ofFile: input.url)
            #expect(sha256 == want, "\(name)")
            #expect(want.count == 64 || name == "missing.txt", "\(name)")
            #expect(outcome.findings == InputReader.read(input).findings, "\(name)")
            #expect(outcome.report?.agency == InputReader.read(input).report?.agency, "\(name)")
            #expect(InputReader.read(input, hashing: false).sha256 == nil)
        }
        #expect(BuildCache.digest(ofFile: dir.appendingPathComponent("missing.txt")) == "unreadable")
        #expect(BuildCache.digest(ofFile: dir.appendingPathComponent("empty.txt")) == SHA256.hex([UInt8]()))
    }

    @Test func sidecarOverridesAndFeedsLatePublication() throws {
        let dir = SiteTestData.scratch("sidecar").appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: SiteTestData.root.appendingPathComponent("Content/003_096eb810ffb81dcc.txt"), to: dir.appendingPathComponent("r.txt"))
        try """
        agency = "宁波市镇海区经济和信息化局"
        published = 2022-03-15
        source_url = "https://www.zh.gov.cn/art/2022/3/15/art_1.html"
        """.write(to: dir.appendingPathComponent("r.meta.toml"), atomically: true, encoding: .utf8)
        let outcome = InputReader.read(try #require(try ContentLoader.inputs(in: dir).first))
        let report = try #require(outcome.report)
        #expect(report.published == "2022-03-15")
        #expect(report.sourceURL == "https://www.zh.gov.cn/art/2022/3/15/art_1.html")
        let late = ReportValidator().validate(report).filter { $0.rule == "late-publication" }
        #expect(late.count == 1)

        let output = dir.deletingLastPathComponent().appendingPathComponent("Site")
        _ = try SiteBuilder(options: BuildOptions(content: dir, output: output, themeDirectories: [SiteTestData.defaultTheme])).build()
        let page = try String(contentsOf: output.appendingPathComponent("agencies/ning-bo-shi-zhen-hai-qu-jing-ji-he-xin-xi-hua-ju/2021/index.html"), encoding: .utf8)
        #expect(page.contains("<a href=\"https://www.zh.gov.cn/art/2022/3/15/art_1.html\" rel=\"noopener\">原文出处</a>"))
        #expect(page.contains("发布日期：2022-03-15"))
        #expect(page.contains("<a href=\"original.txt\" download>下载文本（TXT）</a>"))
        let original = try Data(contentsOf: output.appendingPathComponent("agencies/ning-bo-shi-zhen-hai-qu-jing-ji-he-xin-xi-hua-ju/2021/original.txt"))
        #expect(original == (try Data(contentsOf: dir.appendingPathComponent("r.txt"))))
    }

    @Test(arguments: ["a/b.txt", "b.txt", "a/.hidden", "a.b/c", "a/b.", "a/b..txt", ".x.txt", "a/b.tar.gz", "/abs/x.docx", "x", "a/",
                      "a//b.txt", "余姚/报告.txt", "余姚.县/报告", "a/b.c/", "..", ".", "a/..", "a/.b.c", "a/...", "", "r000001.meta.toml",
                      "...", "a/..b", "..b", "a/.", "....", ".a.", "a/.a."])
    func aSidecarIsLookedForWhereFoundationWouldPutIt(_ path: String) {
        #expect(ReportMetadata.deletingExtension(path) == (path as NSString).deletingPathExtension)
        #expect(ReportMetadata.sidecarPaths(of: path) == [(path as NSString).deletingPathExtension + ".meta.toml", path + ".meta.toml"])
    }

    @Test(arguments: [
        ("year = \"2020\"", "元数据字段“year”应为1990–2100之间的整数，已忽略"),
        ("colour = \"red\"", "元数据文件中的“colour”不是可识别的字段，已忽略"),
        ("source_url = \"ftp://x\"", "元数据字段“source_url”应为 http(s) 网址：“ftp://x”，已忽略"),
    ])
    func badSidecarKeys(toml: String, message: String) {
        let (_, findings) = ReportMetadata.parse(toml, path: "r.meta.toml")
        #expect(findings.map(\.message) == [message])
        #expect(findings.first?.rule == "invalid-metadata")
    }

    @Test func formatIsInTheData() throws {
        let content = try Self.mixedContent()
        let output = content.deletingLastPathComponent().appendingPathComponent("Site")
        _ = try SiteBuilder(options: BuildOptions(content: content, output: output, themeDirectories: [SiteTestData.defaultTheme])).build()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("data/reports.json"))) as? [String: Any])
        let reports = try #require(json["reports"] as? [[String: Any]])
        #expect(reports.allSatisfy { $0["format"] as? String == "docx" })
        #expect(reports.allSatisfy { ($0["original"] as? String)?.hasSuffix("/original.docx") == true })
    }

    static func snapshot(_ dir: URL) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for f in SiteTestData.files(in: dir) { out[f] = try Data(contentsOf: dir.appendingPathComponent(f)) }
        return out
    }
}
