import Foundation
import Testing

/// `gxsite inspect` shows how a file is read, word for word, in text and JSON.
@Suite struct InspectCommandTests {
    static let docx = "Tests/Fixtures/formats/010_shuyang_drc_2023.docx"

    @Test func textShowsIdentitySectionsRowsAndFigures() throws {
        let run = try CLITests.run(["inspect", Self.docx])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\n")
        for expected in [
            "file: \(Self.docx)", "format: docx", "title: 沭阳县发展和改革局2023年政府信息公开年度报告 (1:1)",
            "agency: 沭阳县发展和改革局", "region: 沭阳县", "year: 2023", "template: 2021", "published: 2024-01-17",
            "  [3] 三、收到和处理政府信息公开申请情况 (33:1), 1 table(s)",
            // The label spans three grid columns; the first figure sits in grid column 4.
            "  | 一、本年新收政府信息公开申请数量@37:1×3 | 26@37:4 | ·@37:5 | ·@37:6 | ·@37:7 | ·@37:8 | ·@37:9 | 26@37:10",
            "  一、本年新收政府信息公开申请数量: 26@37:4  .@37:5  .@37:6  .@37:7  .@37:8  .@37:9  26@37:10",
            "  行政复议: 0@66:1  0@66:2  0@66:3  1@66:4  1@66:5",
        ] {
            #expect(lines.contains(expected), "missing line: \(expected)")
        }
    }

    @Test func jsonGivesCellsWithTheirGridPlaces() throws {
        let run = try CLITests.run(["inspect", "--format", "json", Self.docx])
        #expect(run.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(json["agency"] as? String == "沭阳县发展和改革局")
        #expect(json["year"] as? Int == 2023)
        let rows = try #require(json["applications"] as? [[String: Any]])
        let first = try #require(rows.first?["cells"] as? [[String: Any]])
        #expect(first.map { $0["value"] as? Int } == [26, nil, nil, nil, nil, nil, 26])
        #expect(first.first?["recovered"] as? Bool == false)
        #expect((first.first?["location"] as? [String: Int]) == ["line": 37, "column": 4])
    }

    @Test func aFileThatIsNotAReportExitsOne() throws {
        let scratch = SiteTestData.scratch("inspect")
        let file = scratch.appendingPathComponent("note.txt")
        try "会议纪要\n今天开会。\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try CLITests.run(["inspect", file.path])
        #expect(run.status == 1)
        #expect(run.stdout.contains("not read as a report\n"))
        #expect(run.stdout.contains("[not-a-report]"))
    }

    @Test func aMissingFileCannotRun() throws {
        let run = try CLITests.run(["inspect", "/nonexistent/x.docx"])
        #expect(run.status == 2)
        #expect(run.stderr == "gxsite: error: file not found: /nonexistent/x.docx\n")
    }
}
