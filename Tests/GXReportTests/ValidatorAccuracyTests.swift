import Foundation
import Testing
import GXCorpus
@testable import GXReport

/// The validator against the corpus generator's ground truth: every injected error found, nothing false on clean reports.
@Suite struct ValidatorAccuracyTests {
    struct Key: Hashable, CustomStringConvertible {
        var file: String
        var rule: String
        var line: Int
        var column: Int
        var description: String { "\(file):\(line):\(column) [\(rule)]" }
    }

    /// Runs parse → validate → cross-report checks over a generated corpus, as `gxsite build` does.
    static func findings(of corpus: Corpus) -> [Finding] {
        let validator = ReportValidator()
        var reports: [(Report, [Finding])] = []
        var all: [Finding] = []
        for file in corpus.files {
            let outcome = ReportParser(source: file.name, format: "text").parse(text: file.contents)
            guard let report = outcome.report else {
                all += outcome.findings
                continue
            }
            reports.append((report, outcome.findings + validator.validate(report)))
        }
        let cross = CrossReportValidator.validate(reports.map(\.0))
        for i in cross.kept { all += reports[i].1 + (cross.findings[i] ?? []) }
        for (i, _) in cross.dropped { all += reports[i].1 }
        return all
    }

    @Test func findsEveryInjectedErrorAndNothingFalse() {
        let corpus = CorpusGenerator(count: 2_000, errorRate: 0.1, seed: 20_260_121).generate()
        #expect(corpus.files.count == 2_000)
        let truth = Set(corpus.truth.map { Key(file: $0.file, rule: $0.rule, line: $0.line, column: $0.column) })
        let injectedFiles = Set(corpus.truth.map(\.file))
        #expect(injectedFiles.count == 200)
        let found = Self.findings(of: corpus)
        let foundKeys = Set(found.map { Key(file: $0.file, rule: $0.rule, line: $0.line, column: $0.column) })
        let missing = truth.subtracting(foundKeys).sorted { $0.description < $1.description }
        #expect(missing.isEmpty, "missed \(missing.count) of \(truth.count): \(missing.prefix(15))")
        // Clean reports raise nothing at all; injected ones raise only what was injected.
        let extra = foundKeys.subtracting(truth).sorted { $0.description < $1.description }
        #expect(extra.isEmpty, "\(extra.count) findings not in the ground truth: \(extra.prefix(15))")
        let cleanErrors = found.filter { !injectedFiles.contains($0.file) && $0.severity == .error }
        #expect(cleanErrors.isEmpty)
    }
}
