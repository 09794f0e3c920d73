import GXReuse

/// Checks the rules of text reuse, `text-reuse` and `text-shared`, over the published reports.
public struct TextReuseValidator: Sendable {
    /// The thresholds.
    public var settings: ReuseSettings
    /// Threads to use.
    public var jobs: Int

    /// A validator with these thresholds, running on up to `jobs` threads.
    public init(settings: ReuseSettings = ReuseSettings(), jobs: Int = 1) {
        self.settings = settings
        self.jobs = jobs
    }

    /// Each report's reuse and findings, in report order; `text(i)` reads report `i`'s compared text (as often as it is
    /// needed: the texts are not all held at once). Reports of one agency share its full name (aliases applied),
    /// written with or without its higher divisions (`RegionResolver.identity(ofAgency:)`); a region is a report's
    /// `region`.
    ///
    /// Text reuse numbers reports in 20 bits: a corpus of 2^20 reports or more is not compared (every report gets an
    /// empty result), rather than compared wrongly.
    public func validate(_ reports: [Report], resolver: RegionResolver = .shared,
                         text: @escaping @Sendable (Int) -> ComparableText) -> [(reuse: TextReuse, findings: [Finding])] {
        let inputs = reports.map { TextReuseMemory.Input(path: $0.source, key: "") }
        return validate(reports, inputs: inputs, since: nil, resolver: resolver, text: text) { _ in nil }.results
    }

    /// `validate`, recomputing only what changed since `memory` (the last build's), what the next build needs, and how
    /// many reports were compared.
    ///
    /// `inputs[i]` is where report `i`'s text came from: a report whose input and key the memory holds has the text it
    /// had then. `earlier(input)` reads the text an input had under an earlier key (from the last build's parse cache);
    /// when it cannot, every report is compared again. The results equal a full comparison's.
    public func validate(_ reports: [Report], inputs: [TextReuseMemory.Input], since memory: TextReuseMemory?,
                         resolver: RegionResolver = .shared, text: @escaping @Sendable (Int) -> ComparableText,
                         earlier: (TextReuseMemory.Input) -> ComparableText?)
        -> (results: [(reuse: TextReuse, findings: [Finding])], memory: TextReuseMemory?, compared: Int) {
        guard reports.count < 1 << 20 else { return (reports.map { _ in (TextReuse(), []) }, nil, 0) }
        // Numbers keep their meaning from the last build, so its memory can be read; new names are numbered after.
        let memory = memory.flatMap { $0.regions.count + reports.count < 1 << 20 ? $0 : nil }
        var agencies = Numbering(memory?.agencies ?? []), regions = Numbering(memory?.regions ?? [])
        let documents = reports.map { report in
            let names = [report.agency, report.agencyAsWritten ?? "", report.region]
            return ReuseDocument(agency: agencies.number(resolver.identity(ofAgency: report.agency)),
                                 region: regions.number(report.region), year: report.year, names: names)
        }
        let detector = ReuseDetector(settings: settings, jobs: jobs)
        let detection: ReuseMemory, compared: Int
        if let memory {
            let before = Dictionary(memory.inputs.enumerated().map { ($1, $0) }) { first, _ in first }
            let update = detector.update(documents, text: text, memory: memory.detection, unchanged: inputs.map { before[$0] },
                                         earlier: { earlier(memory.inputs[$0]) })
            (detection, compared) = (update.memory, update.compared.count)
        } else {
            (detection, compared) = (detector.remember(documents, text: text), documents.count)
        }
        let results = reports.indices.map { i in
            let reuse = summary(detection.results[i], in: reports)
            return (reuse, findings(reuse, detection.results[i], of: reports[i], in: reports))
        }
        return (results, TextReuseMemory(detection: detection, inputs: inputs, agencies: agencies.names, regions: regions.names),
                compared)
    }

    /// `result` with the other reports named by source.
    private func summary(_ result: ReuseResult, in reports: [Report]) -> TextReuse {
        var reuse = TextReuse()
        reuse.own = result.own
        reuse.reused = result.reused
        reuse.previous = result.previous.map { TextReuse.Previous(source: reports[$0].source, year: reports[$0].year) }
        reuse.passages = result.passages.map { p in
            TextReuse.Passage(range: p.range, own: p.own, source: reports[p.source].source, text: p.text, section: p.section)
        }
        reuse.shared = result.shared.map { reports[$0].source }
        reuse.common = result.common
        reuse.sections = result.sections
        reuse.length = result.length
        return reuse
    }

    /// The findings of one report.
    private func findings(_ reuse: TextReuse, _ result: ReuseResult, of report: Report, in reports: [Report]) -> [Finding] {
        var findings: [Finding] = []
        if reuse.reaches(settings), let previous = result.previous {
            let first = result.passages.first { $0.source == previous }
            findings.append(Rule.textReuse.finding(
                file: report.source, at: location(first?.paragraph),
                Messages.textReuse(percent: reuse.percent ?? 0, reused: reuse.reused, own: reuse.own,
                                   previousYear: reports[previous].year, previousSource: reports[previous].source),
                where: Messages.whereReuse))
        }
        for other in result.shared {
            let passages = result.passages.filter { $0.source == other }
            guard let longest = passages.max(by: { $0.own < $1.own }) else { continue }
            findings.append(Rule.textShared.finding(
                file: report.source, at: location(passages[0].paragraph),
                Messages.textShared(agency: reports[other].agency, year: reports[other].year, source: reports[other].source,
                                    passages: passages.count, longest: longest.own, excerpt: longest.text),
                where: Messages.whereSection(longest.section)))
        }
        return findings.sorted(by: ReportValidator.order)
    }

    /// Where a paragraph starts; the report's first line when there is none.
    private func location(_ paragraph: ComparableText.Paragraph?) -> SourceLocation {
        guard let p = paragraph else { return SourceLocation(line: 1, column: 1) }
        return SourceLocation(line: p.line, column: p.column, page: p.page)
    }
}

/// Names numbered in the order first met, after those an earlier build numbered.
private struct Numbering {
    /// The names, by number.
    private(set) var names: [String]
    private var numbers: [String: Int]

    init(_ names: [String]) {
        self.names = names
        numbers = Dictionary(names.enumerated().map { ($1, $0) }) { first, _ in first }
    }

    /// The number of `name`, numbering it when it is new.
    mutating func number(_ name: String) -> Int {
        if let n = numbers[name] { return n }
        numbers[name] = names.count
        names.append(name)
        return names.count - 1
    }
}
