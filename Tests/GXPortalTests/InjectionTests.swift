import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import GXReport
@testable import GXPortal

/// Hostile agency names and report text must come out of every output file as inert text.
@Suite struct InjectionTests {
    /// Agency parts put into the title line (and a paragraph) of a copy of a seed report.
    static let payloads: [(file: String, agency: String)] = [
        ("h01-script.txt", "镇海区<script>alert(1)</script>局"),
        ("h02-img.txt", "镇海区<img src=x onerror=alert(1)>局"),
        ("h03-js-link.txt", "镇海区[x](javascript:alert(1))局"),
        ("h04-mustache.txt", "镇海区{{title}}{{{content}}}局"),
        ("h05-table.txt", "镇海区|a|b|`code`#标题局"),
        ("h06-xml.txt", "镇海区]]>&\"'局"),
        ("h07-formula.txt", "=cmd|' /C calc'!A0"),
        ("+h08-formula-name.txt", "@SUM(1+1)*cmd|' /C calc'!A0局"),
    ]

    /// Text put in place of a paragraph of section 一, holding every payload at once.
    static let hostileParagraph = "正文<script>alert(1)</script><img src=x onerror=alert(1)>[x](javascript:alert(1))"
        + "{{title}}{{{content}}}|a|b|`code`# 标题]]>&\"=cmd|' /C calc'!A0"

    static let seed = SiteTestData.root.appendingPathComponent("Content/003_096eb810ffb81dcc.txt")

    /// A copy of the 2021 seed with `agency` on the title line and the hostile paragraph.
    static func hostileReport(agency: String) throws -> String {
        var lines = try String(contentsOf: seed, encoding: .utf8).components(separatedBy: "\n")
        #expect(lines[0] == "宁波市镇海区经济和信息化局")
        lines[0] = agency
        let paragraph = try #require(lines.firstIndex(of: "本年度未收到依申请公开。"))
        lines[paragraph] = hostileParagraph
        // A free-text money cell of section 二 carries the table breakers too.
        if let fee = lines.firstIndex(of: "\t行政事业性收费") { lines[fee + 1] = "\t0|1`x`|#" }
        return lines.joined(separator: "\n")
    }

    /// Builds the hostile site once per test (with a base URL, so the feeds exist).
    static func build() throws -> (content: URL, output: URL) {
        let scratch = SiteTestData.scratch("injection")
        let content = scratch.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for (file, agency) in payloads {
            try hostileReport(agency: agency).write(to: content.appendingPathComponent(file), atomically: true, encoding: .utf8)
        }
        let output = scratch.appendingPathComponent("Site")
        _ = try SiteBuilder(options: BuildOptions(content: content, output: output, themeDirectories: [SiteTestData.defaultTheme],
                                                  baseURL: "https://example.gov.cn/nianbao/")).build()
        return (content, output)
    }

    static func text(_ output: URL, _ file: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
    }

    @Test func everyPayloadIsReadAsAReport() throws {
        for (file, agency) in Self.payloads {
            let outcome = ReportParser(source: file, format: "text").parse(text: try Self.hostileReport(agency: agency))
            let report = try #require(outcome.report, "\(file)")
            #expect(report.year == 2021, "\(file)")
            #expect(!report.agency.isEmpty, "\(file)")
        }
    }

    /// No page, feed, badge, chart or data file holds live markup.
    @Test func noOutputFileHoldsLiveMarkup() throws {
        let (_, output) = try Self.build()
        let files = SiteTestData.files(in: output)
        #expect(files.contains("sitemap.xml"))
        #expect(files.contains("feed.xml"))
        #expect(files.contains("data/reports.csv"))
        var scanned = 0
        for file in files {
            guard let text = try? Self.text(output, file) else { continue }
            let ext = (file as NSString).pathExtension
            if ext == "csv" { continue }  // data, checked on its own below
            // The uploaded original is published verbatim as plain text, by design.
            if file.hasSuffix("/original.txt") { continue }
            scanned += 1
            // The one script of the site is the theme's, on the search page.
            let ours = file == "search/index.html" ? "<script src=\"../assets/search.js\"></script>" : nil
            let lower = (ours.map { text.replacingOccurrences(of: $0, with: "") } ?? text).lowercased()
            if ext == "md" {
                // Markdown escapes `<` with a backslash, so cmark renders it as text.
                #expect(lower.firstMatch(of: /(?:^|[^\\])<script/) == nil, "\(file)")
                #expect(lower.firstMatch(of: /(?:^|[^\\])<img/) == nil, "\(file)")
                continue
            }
            #expect(!lower.contains("<script"), "\(file)")
            #expect(lower.firstMatch(of: /<[^>]*\sonerror\s*=/) == nil, "\(file)")
            #expect(!lower.contains("href=\"javascript:"), "\(file)")
            #expect(!lower.contains("href='javascript:"), "\(file)")
            #expect(text.components(separatedBy: "<img").count == text.components(separatedBy: "<img class=\"badge\" src=\"").count,
                    "\(file)")
        }
        #expect(scanned > 20)
    }

    final class ParseErrors: NSObject, XMLParserDelegate {
        var error: Error?
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) { error = parseError }
    }

    @Test func everyXMLFileParses() throws {
        let (_, output) = try Self.build()
        let files = SiteTestData.files(in: output).filter { $0.hasSuffix(".xml") || $0.hasSuffix(".svg") }
        #expect(files.contains("feed.xml"))
        #expect(files.contains("sitemap.xml"))
        #expect(files.contains { $0.hasPrefix("badges/") })
        for file in files {
            let parser = XMLParser(data: try Data(contentsOf: output.appendingPathComponent(file)))
            let errors = ParseErrors()
            parser.delegate = errors
            #expect(parser.parse(), "\(file): \(String(describing: errors.error ?? parser.parserError))")
        }
        let feed = try Self.text(output, "feed.xml")
        #expect(!feed.contains("]]>&"))  // the raw `]]>&"` never closes a CDATA or starts an entity
    }

    @Test func everyJSONFileParsesAndAgencyNamesRoundTrip() throws {
        let (content, output) = try Self.build()
        let files = SiteTestData.files(in: output).filter { $0.hasSuffix(".json") }
        #expect(files.contains("data/reports.json"))
        for file in files {
            let data = try Data(contentsOf: output.appendingPathComponent(file))
            #expect((try? JSONSerialization.jsonObject(with: data)) != nil, "\(file)")
        }
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("data/reports.json")))
            as? [String: Any])
        let reports = try #require(json["reports"] as? [[String: Any]])
        #expect(reports.count == Self.payloads.count)
        for object in reports {
            let source = try #require(object["source"] as? String)
            let parsed = try #require(ReportParser(source: source, format: "text")
                .parse(text: String(contentsOf: content.appendingPathComponent(source), encoding: .utf8)).report)
            #expect(object["agency"] as? String == parsed.agency, "\(source)")
            let page = try #require(object["page"] as? String)
            let single = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(page + "report.json")))
                as? [String: Any])
            #expect(single["agency"] as? String == parsed.agency, "\(source)")
        }
        // The payload survives verbatim, special characters included.
        let agencies = Set(reports.compactMap { $0["agency"] as? String })
        #expect(agencies.contains { $0.contains("<script>alert(1)</script>") })
        #expect(agencies.contains { $0.contains("]]>&\"") })
    }

    /// RFC 4180 fields of a CSV text.
    static func csvRecords(_ text: String) -> [[String]] {
        var records: [[String]] = [], record: [String] = [], field = ""
        var quoted = false, wasQuoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" && field.isEmpty && !wasQuoted {
                quoted = true; wasQuoted = true
            } else if c == "," {
                record.append(field); field = ""; wasQuoted = false
            } else if c == "\r" && chars.first == "\n" {
                chars.removeFirst()
                record.append(field); records.append(record); record = []; field = ""; wasQuoted = false
            } else { field.unicodeScalars.append(c) }
        }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }

    @Test func csvFormulasAreNeutralised() throws {
        let (_, output) = try Self.build()
        let data = try Data(contentsOf: output.appendingPathComponent("data/reports.csv"))
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = try #require(String(data: data.dropFirst(3), encoding: .utf8))
        let records = Self.csvRecords(text)
        #expect(records.count == Self.payloads.count + 1)
        let width = records[0].count
        for record in records {
            #expect(record.count == width, "\(record.prefix(2))")
            for field in record {
                #expect(!(field.first.map { "=+-@".contains($0) } ?? false), "unguarded formula field \(field)")
            }
        }
        let all = records.flatMap { $0 }
        // The title's spaces are dropped by the reader; the guard is what matters.
        #expect(all.contains { $0.hasPrefix("'=cmd|'") })
        #expect(all.contains { $0.hasPrefix("'@SUM(1+1)") })
        #expect(all.contains("'+h08-formula-name.txt"))
    }

    @Test func mustacheBracesStayLiteral() throws {
        let (_, output) = try Self.build()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("data/reports.json")))
            as? [String: Any])
        let reports = try #require(json["reports"] as? [[String: Any]])
        let entry = try #require(reports.first { ($0["source"] as? String) == "h04-mustache.txt" })
        let page = try Self.text(output, (entry["page"] as! String) + "index.html")
        #expect(page.contains("{{title}}{{{content}}}"))
        #expect(page.contains("镇海区{{title}}{{{content}}}局"))
        // Every report page shows the paragraph's braces as typed.
        for object in reports {
            let html = try Self.text(output, (object["page"] as! String) + "index.html")
            #expect(html.contains("{{title}}{{{content}}}"), "\(object["source"]!)")
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(object["source"]!)")
        }
    }

    /// Cells split on the `|` that are not escaped with a backslash.
    static func cellCount(_ row: String) -> Int {
        var count = 0, escaped = false
        for c in row {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true } else if c == "|" { count += 1 }
        }
        return count
    }

    @Test func markdownTablesKeepTheirColumns() throws {
        let (_, output) = try Self.build()
        let pages = SiteTestData.files(in: output).filter { $0.hasSuffix("/report.md") }
        #expect(pages.count == Self.payloads.count)
        for page in pages {
            let md = try Self.text(output, page)
            #expect(md.contains("\\|"), "\(page)")
            var table: [String] = []
            func check() {
                defer { table = [] }
                guard table.count >= 2 else { return }
                let header = Self.cellCount(table[0])
                #expect(table[1].hasPrefix("| ---") || table[1].hasPrefix("|---") || table[1].hasPrefix("| :--"), "\(page): \(table[1])")
                for row in table { #expect(Self.cellCount(row) == header, "\(page): \(row)") }
            }
            for line in md.components(separatedBy: "\n") {
                if line.hasPrefix("|") { table.append(line) } else { check() }
            }
            check()
            let facts = try #require(md.components(separatedBy: "\n").first { $0.hasPrefix("| 机关 |") }, "\(page)")
            #expect(Self.cellCount(facts) == 3, "\(page): \(facts)")
        }
    }
}
