import Foundation
import GXReport
import Testing
@testable import GXBuild

/// The engine with fake pages: it derives every key from what a page declares, and makes again exactly the pages whose
/// declared dependencies changed.
@Suite struct PageProducerTests {
    /// A fake site: reports with findings, a page per report, a list of all, and a page that shows no report.
    struct FakeSite {
        var findings: [String: [Finding]] = [
            "a.txt": [Self.finding("a.txt", "第一项不符")],
            "b.txt": [Self.finding("b.txt", "第二项不符"), Self.finding("b.txt", "第三项不符")],
            "c.txt": [],
        ]

        static func finding(_ file: String, _ message: String) -> Finding {
            Finding(rule: "row-sums", severity: .error, file: file, location: SourceLocation(line: 3, column: 4), message: message)
        }

        /// Writes the site through `producer`; returns the paths of the pages made (not taken from the published site).
        func write(with producer: PageProducer) throws -> Set<String> {
            let made = MadeList()
            var keys: [DerivedKey] = []
            for source in findings.keys.sorted() {
                var shown = Dependencies(["report", source])
                shown.input(source)
                shown.findings(findings[source]!)
                let key = producer.key(of: shown)
                keys.append(key)
                let path = "reports/\(source)/index.html"
                try producer.produce([path, "reports/\(source)/data.json"], key: key) { sink in
                    made.add(path)
                    try sink.write("<p>\(findings[source]!.map(\.message).joined())</p>", to: path)
                    try sink.write("{\"count\": \(findings[source]!.count)}", to: "reports/\(source)/data.json")
                }
            }
            var list = Dependencies()
            list.outputs(keys)
            try producer.page("list/index.html", frame: Dependencies(["list/index.html", "list"]), shown: list, context: { () -> [String: Any] in
                ["rows": findings.keys.sorted().map { ["name": $0, "count": findings[$0]!.count] as [String: Any] }]
            }, render: { context in
                made.add("list/index.html")
                return "\(context["rows"]!)"
            })
            var about = Dependencies(["about"])
            about.context(["title": "关于"])
            try producer.produce(["about/index.html"], key: producer.key(of: about)) { sink in
                made.add("about/index.html")
                try sink.write("关于", to: "about/index.html")
            }
            return made.paths
        }
    }

    final class MadeList: @unchecked Sendable {
        // @unchecked Sendable: only touched from the test's own thread.
        var paths: Set<String> = []
        func add(_ path: String) { paths.insert(path) }
    }

    /// Builds `site` into `output` over the published site described by `previous`; returns the pages made and the new list.
    static func build(_ site: FakeSite, into output: URL, previous: [String: BuildCache.OutputFile], inputKeys: [String: String],
                      seed: String = "test") throws -> (made: Set<String>, files: [String: BuildCache.OutputFile]) {
        let writer = try OutputWriter(output: output)
        let producer = PageProducer(writer: writer, seed: seed, previous: previous, inputKeys: inputKeys)
        let made = try site.write(with: producer)
        let files = Dictionary(uniqueKeysWithValues: writer.sortedFiles().map { ($0.path, $0.file) })
        try writer.commit(generator: "test")
        return (made, files)
    }

    static let inputKeys = ["a.txt": "parse-a", "b.txt": "parse-b", "c.txt": "parse-c"]

    @Test func changingOneFindingsMessageRemakesExactlyThePagesThatShowIt() throws {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("gx-producer-\(getpid())/Site")
        defer { try? FileManager.default.removeItem(at: output.deletingLastPathComponent()) }
        var site = FakeSite()
        let first = try Self.build(site, into: output, previous: [:], inputKeys: Self.inputKeys)
        #expect(first.made == ["reports/a.txt/index.html", "reports/b.txt/index.html", "reports/c.txt/index.html",
                               "list/index.html", "about/index.html"])
        let same = try Self.build(site, into: output, previous: first.files, inputKeys: Self.inputKeys)
        #expect(same.made.isEmpty)
        site.findings["b.txt"]![1].message = "第三项与总计不符"
        let edited = try Self.build(site, into: output, previous: same.files, inputKeys: Self.inputKeys)
        // The list depends on b's page, but its rows (names and counts) are unchanged: not rendered again.
        #expect(edited.made == ["reports/b.txt/index.html"])
        let html = try String(contentsOf: output.appendingPathComponent("reports/b.txt/index.html"), encoding: .utf8)
        #expect(html == "<p>第二项不符第三项与总计不符</p>")
        // A finding added to c changes its page and the list's rows.
        site.findings["c.txt"] = [FakeSite.finding("c.txt", "缺少表格")]
        let added = try Self.build(site, into: output, previous: edited.files, inputKeys: Self.inputKeys)
        #expect(added.made == ["reports/c.txt/index.html", "list/index.html"])
        // An input whose bytes changed remakes what declared it, even with the same findings.
        var keys = Self.inputKeys
        keys["a.txt"] = "parse-a2"
        let reread = try Self.build(site, into: output, previous: added.files, inputKeys: keys)
        #expect(reread.made == ["reports/a.txt/index.html"])
        // Another seed (a new theme, gxsite or settings) makes every page again, the list with an unchanged context too.
        let rethemed = try Self.build(site, into: output, previous: reread.files, inputKeys: keys, seed: "other theme")
        #expect(rethemed.made == first.made)
    }

    /// Every field of a finding is part of what declares it: changing any one changes the key.
    @Test(arguments: [
        "rule", "severity", "file", "line", "column", "page", "message", "where", "acceptance",
    ])
    func everyFieldOfAFindingChangesTheKey(field: String) throws {
        let writer = try OutputWriter(output: FileManager.default.temporaryDirectory.appendingPathComponent("gx-fields-\(getpid())-\(field)/Site"))
        defer { writer.discard() }
        let producer = PageProducer(writer: writer, seed: "s", previous: [:], inputKeys: [:])
        let base = Finding(rule: "row-sums", severity: .warning, file: "a.txt", location: SourceLocation(line: 1, column: 2, page: 3),
                           message: "m", where: "w")
        var changed = base
        switch field {
        case "rule": changed.rule = "col-sums"
        case "severity": changed.severity = .error
        case "file": changed.file = "b.txt"
        case "line": changed.line = 9
        case "column": changed.column = 9
        case "page": changed.page = 9
        case "message": changed.message = "n"
        case "where": changed.where = nil
        default: changed.acceptance = "已核实"
        }
        var one = Dependencies(), two = Dependencies()
        one.findings([base])
        two.findings([changed])
        #expect(producer.key(of: one) != producer.key(of: two))
    }

    /// The table above covers every stored property of `Finding`: a new one must be added to it (and to the codec).
    @Test func theFieldTableCoversEveryFieldOfAFinding() {
        let names = Mirror(reflecting: FakeSite.finding("a", "m")).children.compactMap(\.label)
        #expect(Set(names) == ["rule", "severity", "file", "line", "column", "page", "message", "where", "acceptance"])
    }

    /// Keys depend on what was declared and in which order, and on nothing else.
    @Test func keysFollowTheDeclaration() throws {
        let writer = try OutputWriter(output: FileManager.default.temporaryDirectory.appendingPathComponent("gx-decl-\(getpid())/Site"))
        defer { writer.discard() }
        let producer = PageProducer(writer: writer, seed: "s", previous: [:], inputKeys: ["a": "1", "b": "2"])
        func key(_ build: (inout Dependencies) -> Void) -> DerivedKey {
            var d = Dependencies()
            build(&d)
            return producer.key(of: d)
        }
        #expect(key { $0.values(["x", "y"]) } == key { $0.values(["x", "y"]) })
        #expect(key { $0.values(["x", "y"]) } != key { $0.values(["y", "x"]) })
        #expect(key { $0.values(["xy"]) } != key { $0.values(["x", "y"]) })
        #expect(key { $0.input("a") } != key { $0.input("b") })
        #expect(key { $0.context(["a": 1]) } != key { $0.context(["a": 2]) })
        #expect(key { $0.context(["a": 1, "b": 2]) } == key { $0.context(["b": 2, "a": 1]) })
        let other = PageProducer(writer: writer, seed: "t", previous: [:], inputKeys: [:])
        #expect(producer.key(of: Dependencies(["x"])) != other.key(of: Dependencies(["x"])))
    }
}
