import Foundation
import Testing
@testable import GXReport
@testable import GXPortal

@Suite struct ReportsCSVTests {
    /// The real report of 沭阳县发展和改革局 2023, with one error and two warnings attached.
    static func shuyang() throws -> ReportEntry {
        let url = SiteTestData.root.appendingPathComponent("Tests/Fixtures/reports/010_shuyang_drc_2023.txt")
        let text = try String(contentsOf: url, encoding: .utf8)
        let report = try #require(ReportParser(source: "010_shuyang_drc_2023.txt", format: "text").parse(text: text).report)
        let at = SourceLocation(line: 1, column: 1)
        let findings = [
            Finding(rule: "row-sum", severity: .error, file: report.source, location: at, message: "错误"),
            Finding(rule: "blank-cell", severity: .warning, file: report.source, location: at, message: "警告"),
            Finding(rule: "blank-cell", severity: .warning, file: report.source, location: at, message: "警告"),
        ]
        return ReportEntry(report: report, findings: findings, agencySlug: "shu-yang-xian-fa-zhan-he-gai-ge-ju", regionSlug: "shu-yang-xian")
    }

    static let rowKeys = [
        "new", "carried_over", "granted", "partly_granted",
        "denied_state_secret", "denied_prohibited_by_law", "denied_security_stability", "denied_third_party_rights",
        "denied_internal_affairs", "denied_process_information", "denied_enforcement_files", "denied_query_matters",
        "unable_not_held", "unable_needs_creation", "unable_unclear_after_correction",
        "not_processed_complaint", "not_processed_duplicate", "not_processed_publication", "not_processed_excessive",
        "not_processed_confirm_or_reissue",
        "other", "other_breakdown_no_correction", "other_breakdown_unpaid_fee", "other_breakdown_other",
        "total", "carried_forward",
    ]
    static let columnKeys = ["natural_person", "commercial_enterprise", "research_institution", "public_interest_org",
                             "legal_service_org", "other_org", "total"]
    static let header = "id,agency,region,year,template,status,format,published,source,page,errors,warnings,reuse_percent,shared_reports,"
        + rowKeys.flatMap { row in columnKeys.map { "\(row)__\($0)" } }.joined(separator: ",") + ","
        + ["review", "litigation_direct", "litigation_after_review"].flatMap { block in
            ["upheld", "corrected", "other", "pending", "total"].map { "\(block)__\($0)" }
        }.joined(separator: ",")

    /// Splits a CSV file into records of fields, undoing RFC 4180 quoting.
    static func parse(_ csv: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(csv.unicodeScalars)[...]
        if chars.first == "\u{FEFF}" { chars = chars.dropFirst() }
        var i = chars.startIndex
        while i < chars.endIndex {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.endIndex, chars[i + 1] == "\"" { field += "\""; i += 1 } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r", i + 1 < chars.endIndex, chars[i + 1] == "\n" {
                record.append(field); field = ""
                records.append(record); record = []
                i += 1
            } else {
                field.unicodeScalars.append(c)
            }
            i += 1
        }
        return records
    }

    @Test func headerIsExact() throws {
        let csv = ReportsCSV.csv([try Self.shuyang()])
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "\u{FEFF}" + Self.header)
        #expect(lines[0].split(separator: ",").count == 14 + 26 * 7 + 15)
    }

    @Test func shuyangRowIsExact() throws {
        let csv = ReportsCSV.csv([try Self.shuyang()])
        let zero = "0,,,,,,0"
        let applications = ["26,,,,,,26", zero, "26,,,,,,26"] + Array(repeating: zero, count: 21) + ["26,,,,,,26", zero]
        let expected = "shu-yang-xian-fa-zhan-he-gai-ge-ju/2023,沭阳县发展和改革局,沭阳县,2023,2021,fail,text,2024-01-17,"
            + "010_shuyang_drc_2023.txt,agencies/shu-yang-xian-fa-zhan-he-gai-ge-ju/2023/,1,2,,0,"
            + applications.joined(separator: ",") + ","
            + "0,0,0,1,1,0,0,0,0,0,0,0,0,0,0"
        #expect(csv == "\u{FEFF}" + Self.header + "\r\n" + expected + "\r\n")
    }

    @Test func bomAndCRLF() throws {
        let entry = try Self.shuyang()
        let csv = ReportsCSV.csv([entry, entry])
        #expect(Array(csv.utf8.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let bytes = Array(csv.utf8)
        let lineFeeds = bytes.indices.filter { bytes[$0] == 0x0A }
        #expect(lineFeeds.count == 3)
        #expect(lineFeeds.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0D })
        #expect(csv.hasSuffix("\r\n"))
        #expect(ReportsCSV.csv([]) == "\u{FEFF}" + Self.header + "\r\n")
    }

    @Test(arguments: ["=cmd|' /C calc'!A0", "+1+2", "-2+3", "@SUM(A1:A2)", "\tcmd", "\r=cmd", "-", "=HYPERLINK(\"http://x\",\"a,b\")"])
    func formulasAreNeutralised(agency: String) throws {
        let entry = try Self.shuyang().with { report in
            report.agency = agency
            report.region = agency
        }
        let csv = ReportsCSV.csv([entry])
        let records = Self.parse(csv)
        #expect(records.count == 2)
        #expect(records[1].count == records[0].count)
        #expect(records[1][1] == "'" + agency)
        #expect(records[1][2] == "'" + agency)
        // No field of the file starts with a formula character.
        for field in records[1] {
            #expect(!["=", "+", "-", "@", "\t", "\r"].contains(field.unicodeScalars.first ?? " "), "\(field)")
        }
    }

    @Test func exactInjectionField() {
        #expect(ReportsCSV.field("=cmd|' /C calc'!A0") == "'=cmd|' /C calc'!A0")
    }

    @Test(arguments: [
        ("-12", "-12"), ("-3.5", "-3.5"), ("42", "42"), ("", ""), ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\""), ("-1,5", "\"'-1,5\""), ("<script>", "<script>"), ("沭阳县", "沭阳县"), ("-.5", "'-.5"),
    ])
    func fields(raw: String, expected: String) {
        #expect(ReportsCSV.field(raw) == expected)
    }

    @Test func quotedFieldsRoundTrip() throws {
        let entry = try Self.shuyang().with { $0.agency = "某局,\"办公室\"\n第二行" }
        let records = Self.parse(ReportsCSV.csv([entry]))
        #expect(records[1][1] == entry.report.agency)
    }

    @Test func everyColumnIsDescribedInChinese() {
        let columns = ReportsCSV.columns()
        #expect(columns.map { $0.key }.joined(separator: ",") == Self.header)
        #expect(Set(columns.map { $0.key }).count == columns.count)
        for column in columns {
            #expect(column.description.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(column.key)")
        }
        let byKey = Dictionary(uniqueKeysWithValues: columns.map { ($0.key, $0.description) })
        #expect(byKey["denied_state_secret__natural_person"] == "表三 （三）不予公开 · 1.属于国家秘密，自然人（件；空白表示未填写或不是数字）")
        #expect(byKey["review__corrected"] == "表四 行政复议，结果纠正（件；空白表示未填写或不是数字）")
        #expect(byKey["other_breakdown_unpaid_fee__commercial_enterprise"]?.contains("仅2021年版模板") == true)
    }

    @Test func a2019ReportLeavesTheBreakdownEmpty() throws {
        let shuyang = try Self.shuyang()
        var table = try #require(shuyang.report.applications)
        let location = table.location
        for row in [ApplicationRow.otherNoCorrection, .otherUnpaidFee, .otherOther] { table.remove(row) }
        table.add(.other, cells: ["3", "", "", "", "", "", "3"].map { Cell(raw: $0, location: location) }, label: nil,
                  at: table.rows.firstIndex(of: .total)!)
        let entry = shuyang.with { $0.applications = table }
        let record = Self.parse(ReportsCSV.csv([entry]))[1]
        let header = Self.parse(ReportsCSV.csv([entry]))[0]
        let value = { (key: String) in record[header.firstIndex(of: key)!] }
        #expect(value("template") == "2019")
        #expect(value("other__natural_person") == "3")
        #expect(value("other__commercial_enterprise") == "")
        #expect(value("other_breakdown_other__total") == "")
    }
}
