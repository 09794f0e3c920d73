import Foundation
import Testing
@testable import GXReport

/// Deterministic generative fuzzing of the text reader and the validator.
@Suite struct TextReaderFuzzTests {
    /// SplitMix64: small, fast, and the same sequence on every platform.
    struct PRNG {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
    }

    static var iterations: Int {
        ProcessInfo.processInfo.environment["GX_FUZZ_ITERATIONS"].flatMap(Int.init) ?? 300
    }

    static let seeds: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: TestData.content.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { TestData.text(TestData.content.appendingPathComponent($0)) }
    }()

    static let tokens = ["99999999999999999999", "−1", "-1", "0", "１２３", "1e309", "NaN", "", " ", "\u{3000}", "\u{A0}",
                         "[bookmark: _GoBack]", "[bookmark: ", "一、总体情况", "三、收到和处理政府信息公开申请情况",
                         "（一）", "（1）", "1、", "2021年度政府信息公开工作年度报告", "总计", "合计", "\t", "\t\t"]
    static let controls: [Character] = ["\u{0}", "\u{1}", "\u{7}", "\u{8}", "\u{B}", "\u{C}", "\u{1B}", "\u{7F}", "\u{FEFF}",
                                         "\u{200B}", "\u{FFFD}", "\r"]

    /// One random edit of `lines`.
    static func mutate(_ lines: inout [String], _ rng: inout PRNG) {
        let i = rng.below(max(lines.count, 1))
        switch rng.below(12) {
        case 0 where !lines.isEmpty: lines.remove(at: i)
        case 1 where !lines.isEmpty: lines.insert(lines[i], at: i)
        case 2 where lines.count > 1: lines.swapAt(i, rng.below(lines.count))
        case 3 where !lines.isEmpty: lines[i] = "\t" + lines[i]
        case 4: lines.insert("", at: min(i, lines.count))
        case 5 where !lines.isEmpty:
            // Random CJK characters inside a line.
            var chars = Array(lines[i])
            for _ in 0...rng.below(4) {
                let scalar = Unicode.Scalar(UInt32(0x4E00 + rng.below(0x9FA5 - 0x4E00)))!
                chars.insert(Character(scalar), at: rng.below(chars.count + 1))
            }
            lines[i] = String(chars)
        case 6 where !lines.isEmpty:
            var chars = Array(lines[i])
            chars.insert(rng.pick(controls), at: rng.below(chars.count + 1))
            lines[i] = String(chars)
        case 7: lines = Array(lines.prefix(rng.below(lines.count + 1)))
        case 8 where !lines.isEmpty:
            // A number cell gets a huge, negative or odd value.
            lines[i] = "\t" + rng.pick(tokens)
        case 9: lines.insert(rng.pick(tokens), at: min(i, lines.count))
        case 10 where !lines.isEmpty:
            // Truncate inside a line.
            let chars = Array(lines[i])
            lines[i] = String(chars.prefix(rng.below(chars.count + 1)))
        case 11 where !lines.isEmpty:
            lines[i] = lines[i].replacingOccurrences(of: "0", with: rng.pick(["99999999999999999999", "−1", "-0", ""]))
        default: lines.append(rng.pick(tokens))
        }
    }

    @Test func mutatedSeedsNeverCrashAndPointInsideTheText() throws {
        #expect(!Self.seeds.isEmpty)
        var rng = PRNG(state: 0x6758_5349_5445_2021)
        var reports = 0
        for iteration in 0..<Self.iterations {
            var lines = rng.pick(Self.seeds).components(separatedBy: "\n")
            for _ in 0...rng.below(8) { Self.mutate(&lines, &rng) }
            let text = lines.joined(separator: "\n")
            let outcome = ReportParser(source: "fuzz-\(iteration).txt", format: "text").parse(text: text)
            var findings = outcome.findings
            if let report = outcome.report {
                reports += 1
                findings += ReportValidator().validate(report)
            }
            // Lines as an editor counts them (CR, CRLF and LF all end a line), plus one for the end of file.
            let lineCount = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
            for finding in findings {
                #expect((1...lineCount + 1).contains(finding.line), "iteration \(iteration): \(finding.rule) at \(finding.line) of \(lineCount)")
                #expect(finding.column >= 1, "iteration \(iteration): \(finding.rule) column \(finding.column)")
                #expect(!finding.message.isEmpty, "iteration \(iteration): \(finding.rule)")
            }
        }
        // Most mutants are still reports, so the validator is exercised too.
        #expect(reports > Self.iterations / 3)
    }

    /// The same seed and iteration give the same findings (nothing depends on hashing or time).
    @Test func parsingIsDeterministic() throws {
        var rng = PRNG(state: 42)
        for _ in 0..<20 {
            var lines = rng.pick(Self.seeds).components(separatedBy: "\n")
            for _ in 0...rng.below(8) { Self.mutate(&lines, &rng) }
            let text = lines.joined(separator: "\n")
            func run() -> [Finding] {
                let outcome = ReportParser(source: "d.txt", format: "text").parse(text: text)
                return outcome.findings + (outcome.report.map { ReportValidator().validate($0) } ?? [])
            }
            #expect(run() == run())
        }
    }
}
