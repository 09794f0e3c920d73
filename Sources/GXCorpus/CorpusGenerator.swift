import Foundation

/// Generates a reproducible corpus of synthetic 政府信息公开工作年度报告 in the Apache Tika text
/// layout, with errors injected into a share of the files and a ground truth of every finding
/// a correct validator must report.
public struct CorpusGenerator: Sendable {
    /// The generator name and version recorded in `ground-truth.json`.
    public static let generatorName = "gxcorpus 1.0"

    /// The largest `count` supported: beyond it agencies and years would have to repeat.
    public static var capacity: Int { CorpusPlan.capacity }

    /// The names of the regions a corpus can be restricted to.
    public static var curatedRegions: [String] { RegionCatalog.curated.map(\.name) }

    /// The largest `count` supported for a corpus of the curated `regions`.
    public static func capacity(regions: Set<String>) -> Int { CorpusPlan.capacity(regions: regions) }

    /// Number of files to generate, duplicate copies included.
    public var count: Int
    /// Share of the files that carry injected errors (0…1); the rest produce no finding at all.
    public var errorRate: Double
    /// Seed of the generator's own PRNG: the same seed gives byte-identical files and truth.
    public var seed: UInt64
    /// The curated regions every agency is drawn from (a city's corpus); nil for all, then the national list.
    public var regions: Set<String>?

    /// Creates a generator.
    public init(count: Int, errorRate: Double = 0.1, seed: UInt64 = 1) {
        self.count = count
        self.errorRate = errorRate
        self.seed = seed
    }

    /// Generates every file and the ground truth in memory (files sorted by name).
    public func generate() -> Corpus {
        var files: [GeneratedFile] = []
        files.reserveCapacity(count)
        let (truth, reuse) = produce { name, bytes, agency, year in
            files.append(GeneratedFile(name: name, contents: String(decoding: bytes, as: UTF8.self), agency: agency, year: year))
        }
        files.sort { $0.name < $1.name }
        return Corpus(generator: CorpusGenerator.generatorName, seed: seed, files: files, truth: truth, reuse: reuse)
    }

    /// Writes every file and `ground-truth.json` into `directory` (created if needed), one file at a
    /// time so that corpora of 100,000 reports need not fit in memory.
    @discardableResult
    public func write(to directory: URL) throws -> CorpusSummary {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let folder = directory.path
        var written = 0
        let (truth, reuse) = try produce { name, bytes, _, _ in
            try CorpusGenerator.write(bytes, to: folder + "/" + name)
            written += 1
        }
        let json = GroundTruthWriter.json(generator: CorpusGenerator.generatorName, seed: seed, count: written, truth: truth, reuse: reuse)
        try CorpusGenerator.write(Array(json.utf8), to: folder + "/ground-truth.json")
        return CorpusSummary(files: written, injectedFiles: Set(truth.map(\.file)).count, findings: truth.count)
    }

    /// Generates the files agency by agency (so carry-over and copies can look at the previous year) and
    /// returns the sorted ground truth, of errors and of copied text.
    private func produce(_ emit: (_ name: String, _ bytes: [UInt8], _ agency: String, _ year: Int) throws -> Void) rethrows
        -> ([InjectedError], [ReuseInjection]) {
        let plan = CorpusPlan(count: count, errorRate: errorRate, seed: seed, regions: regions)
        var truth: [InjectedError] = []
        var copier = ReuseInjector(seed: seed)
        for (a, agency) in plan.agencies.enumerated() {
            var previousWords: ReuseInjector.Source?
            let run = plan.runs[a]
            var figureRng = SplitMix64(seed: seed, stream: 1, UInt64(a))
            let figures = FigureSynthesizer.chain(years: run.count, busyPercent: agency.busyPercent, rng: &figureRng)
            var previousForward: [Int?]?
            for (k, r) in run.enumerated() {
                let report = plan.reports[r]
                var detailRng = SplitMix64(seed: seed, stream: 2, UInt64(r))
                var model = ReportModel(agency: agency, year: report.year, figures: figures[k], rng: &detailRng)
                if !report.injections.isEmpty {
                    let position = ErrorInjector.Position(hasPrevious: report.hasPrevious, isLast: report.isLast)
                    ErrorInjector.apply(report.injections, to: &model, at: position, rng: &detailRng)
                }
                (model.ownWords, previousWords) = copier.words(file: report.file, agency: a, year: report.year, index: r,
                                                               previous: previousWords, writesProblems: model.droppedSection != 5)
                let disclosureRng = SplitMix64(seed: seed, stream: 3, UInt64(r))
                let output = ReportRenderer.render(model, rng: SplitMix64(seed: seed, stream: 4, UInt64(r)), disclosureRng: disclosureRng)
                truth += TruthOracle.findings(file: report.file, model: model, output: output, previousForward: previousForward)
                try emit(report.file, output.bytes, agency.name, report.year)

                if let copyName = report.duplicateFile {
                    // The copy is typed up again: same figures, different layout noise.
                    let copy = ReportRenderer.render(model, rng: SplitMix64(seed: seed, stream: 5, UInt64(r)), disclosureRng: disclosureRng)
                    truth += TruthOracle.findings(file: copyName, model: model, output: copy, previousForward: previousForward)
                    // As for `duplicate-report` (docs/validation-rules.md): the copy published (first in path order) carries the finding naming the others.
                    truth.append(InjectedError(
                        file: report.file, rule: "duplicate-report", line: 1, column: 1,
                        description: "与 \(copyName) 为同一机关同一年度的报告（\(agency.name) \(report.year)年）"
                    ))
                    try emit(copyName, copy.bytes, agency.name, report.year)
                }
                previousForward = TruthOracle.forwardRow(of: model)
            }
        }
        truth.sort(by: <)
        return (truth, copier.truth.sorted { ($0.file, $0.source) < ($1.file, $1.source) })
    }

    /// The agencies expected to report, as the `[[roster]]` tables of a gxsite roster file: every agency of the corpus
    /// from the first year it reports on (so one that stopped is 未报送 after), and, for a corpus of `regions`, a few
    /// that never reported.
    public func rosterTOML() -> String {
        let plan = CorpusPlan(count: count, errorRate: errorRate, seed: seed, regions: regions)
        var out = "# 应报送机关名单（gxcorpus 生成，种子 \(seed)）。\n"
        for (a, agency) in plan.agencies.enumerated() {
            out += "\n[[roster]]\nagency = \"\(agency.name)\"\nfrom = \(plan.reports[plan.runs[a].lowerBound].year)\n"
        }
        for agency in plan.silent { out += "\n[[roster]]\nagency = \"\(agency.name)\"\nfrom = \(CorpusPlan.lastYear - 1)\n" }
        return out
    }

    /// Writes bytes straight to a file descriptor (much faster than `String.write(toFile:)`).
    private static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { buffer in
            guard var base = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let n = Foundation.write(fd, base, left)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                base += n
                left -= n
            }
        }
    }
}
