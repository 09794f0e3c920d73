import ArgumentParser
import Foundation
import GXCorpus

/// `gxcorpus`: writes a synthetic corpus of annual disclosure reports and its ground truth.
@main
struct GXCorpusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gxcorpus",
        abstract: "Generate synthetic government information-disclosure annual reports with known injected errors.",
        discussion: """
            Writes r000001.txt, r000002.txt, … in the Apache Tika text layout, plus ground-truth.json \
            listing every finding a correct validator must report (file, rule, severity, line, column). \
            The same seed always produces byte-identical output.
            """
    )

    @Option(help: "Number of report files to generate.")
    var count: Int

    @Option(help: "Share of the reports that carry injected errors, from 0 to 1.")
    var errorRate: Double = 0.1

    @Option(help: "Seed of the generator; the same seed gives byte-identical output.")
    var seed: UInt64 = 1

    @Option(help: "Directory to write the reports and ground-truth.json into (created if missing).")
    var output: String

    @Option(name: .customLong("region"), help: "Draw every agency from this region (repeat for a city's regions, e.g. --region 宁波市 --region 余姚市).")
    var regions: [String] = []

    @Option(help: "Also write a roster file here: the agencies expected to report, for gxsite's submissions pages.")
    var roster: String?

    func validate() throws {
        if let unknown = regions.first(where: { !CorpusGenerator.curatedRegions.contains($0) }) {
            throw ValidationError("--region \(unknown) is not one of: \(CorpusGenerator.curatedRegions.joined(separator: " "))")
        }
        let capacity = regions.isEmpty ? CorpusGenerator.capacity : CorpusGenerator.capacity(regions: Set(regions))
        guard count >= 1, count <= capacity else {
            throw ValidationError("--count must be between 1 and \(capacity).")
        }
        guard errorRate >= 0, errorRate <= 1 else {
            throw ValidationError("--error-rate must be between 0 and 1.")
        }
    }

    func run() throws {
        var generator = CorpusGenerator(count: count, errorRate: errorRate, seed: seed)
        if !regions.isEmpty { generator.regions = Set(regions) }
        let folder = URL(fileURLWithPath: output, isDirectory: true)
        let summary = try generator.write(to: folder)
        if let roster { try Data(generator.rosterTOML().utf8).write(to: URL(fileURLWithPath: roster)) }
        print("Wrote \(summary.files) reports (\(summary.injectedFiles) with injected errors, \(summary.findings) ground-truth findings) and ground-truth.json to \(output)")
    }
}
