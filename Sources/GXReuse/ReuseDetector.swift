/// Finds each report's reuse of its agency's previous report and the passages it shares with other agencies' reports.
///
/// The cost stays linear in the corpus: common wording is counted in bounded passes (`Boilerplate`), candidates for a
/// shared passage come only from own-word shingles picked by winnowing, which fewer than `boilerplateReports` reports
/// share (a shingle in more is common wording), and each report is compared exactly with its previous report and its
/// candidates alone.
public struct ReuseDetector: Sendable {
    /// The thresholds.
    public var settings: ReuseSettings
    /// Threads to use.
    public var jobs: Int

    /// A detector with these thresholds, running on up to `jobs` threads.
    public init(settings: ReuseSettings = ReuseSettings(), jobs: Int = 1) {
        self.settings = settings
        self.jobs = jobs
    }

    /// One result per document, in document order; `text(d)` reads document `d`'s compared text, as many times as it
    /// is needed (the texts of a large corpus are never all held at once).
    public func detect(_ documents: [ReuseDocument], text: @escaping @Sendable (Int) -> ComparableText) -> [ReuseResult] {
        remember(documents, text: text).results
    }

    /// `detect`'s results, with what `update` needs to recompute only what an edit touches.
    public func remember(_ documents: [ReuseDocument], text source: @escaping @Sendable (Int) -> ComparableText) -> ReuseMemory {
        let cache = TextCache(count: documents.count, source: source)
        let text = cache.text
        let boilerplate = Boilerplate.counting(documents.count, text: text, regions: documents.map(\.region),
                                               reports: settings.boilerplateReports,
                                               regionReports: settings.regionBoilerplateReports, jobs: jobs)
        let measured = ParallelIndices.map(documents.count, jobs: jobs) { d in
            measure(text(d), documents[d], boilerplate: boilerplate)
        }
        let picks = measured.map(\.picks)
        let candidates = candidates(documents, picked: picks)
        let previous = previousReports(documents)
        let results = ParallelIndices.map(documents.count, jobs: jobs) { d in
            compare(d, text: text, owns: { measured[$0].own }, previous: previous[d], candidates: candidates[d])
        }
        return ReuseMemory(settings: settings, documents: documents, boilerplate: boilerplate, picks: picks,
                           results: results)
    }

    /// A document's own words and the keys of the shingles winnowing picks from them, ascending.
    func measure(_ text: ComparableText, _ document: ReuseDocument, boilerplate: Boilerplate) -> (own: OwnUnits, picks: [UInt64]) {
        let own = ownUnits(text, document, boilerplate: boilerplate)
        return (own, Winnowing.anchors(text, own: own).map(Boilerplate.key))
    }

    /// A document's own words.
    func ownUnits(_ text: ComparableText, _ document: ReuseDocument, boilerplate: Boilerplate) -> OwnUnits {
        OwnUnits(text, boilerplate: boilerplate, region: document.region, names: document.names)
    }

    /// One result per document of `texts`, held in memory (tests, small corpora).
    public func detect(_ documents: [ReuseDocument], texts: [ComparableText]) -> [ReuseResult] {
        detect(documents) { texts[$0] }
    }

    /// For each document, the other agencies' documents of the same or earlier years that share a picked shingle key
    /// (`picks[d]`) with it, ascending.
    func candidates(_ documents: [ReuseDocument], picked picks: [[UInt64]]) -> [[Int]] {
        var postings: [UInt64] = []
        postings.reserveCapacity(picks.reduce(0) { $0 + $1.count })
        for (d, keys) in picks.enumerated() { postings += keys.lazy.map { Boilerplate.word($0, document: d) } }
        RadixSort.sort(&postings, from: 20)
        var pairs: [UInt64] = []
        var i = 0
        while i < postings.count {
            let key = Boilerplate.key(postings[i])
            var end = i
            while end < postings.count && Boilerplate.key(postings[end]) == key { end += 1 }
            // A run is shorter than the common-wording count (a longer one is common wording), so pairs stay bounded.
            for x in i..<end {
                for y in (x + 1)..<end {
                    let a = Int(postings[x] & Boilerplate.regionMask), b = Int(postings[y] & Boilerplate.regionMask)
                    guard documents[a].agency != documents[b].agency else { continue }
                    pairs.append(UInt64(a) << 32 | UInt64(b))
                }
            }
            i = end
        }
        // Sorted, a pair found under several keys comes once: the radix sort is linear, where a set hashed every pair.
        RadixSort.sort(&pairs)
        var result = [[Int]](repeating: [], count: documents.count)
        for (n, pair) in pairs.enumerated() where n == 0 || pair != pairs[n - 1] {
            let a = Int(pair >> 32), b = Int(pair & 0xFFFF_FFFF)
            if documents[b].year <= documents[a].year { result[a].append(b) }
            if documents[a].year <= documents[b].year { result[b].append(a) }
        }
        for d in result.indices { result[d].sort() }
        return result
    }

    /// Each document's agency's latest report of an earlier year, when there is one.
    func previousReports(_ documents: [ReuseDocument]) -> [Int?] {
        var byAgency: [Int: [Int]] = [:]
        for d in documents.indices { byAgency[documents[d].agency, default: []].append(d) }
        var previous = [Int?](repeating: nil, count: documents.count)
        for list in byAgency.values {
            let ordered = list.sorted { (documents[$0].year, $0) < (documents[$1].year, $1) }
            for (n, d) in ordered.enumerated() {
                previous[d] = ordered[..<n].last { documents[$0].year < documents[d].year }
            }
        }
        return previous
    }

    /// Compares document `d` with its previous report and its candidates.
    func compare(_ d: Int, text: (Int) -> ComparableText, owns: (Int) -> OwnUnits, previous: Int?,
                 candidates: [Int]) -> ReuseResult {
        let compared = text(d), own = owns(d)
        var result = ReuseResult()
        result.own = own.count
        result.common = own.commonRuns
        result.sections = compared.sections
        result.length = compared.units.count
        func passage(_ p: CommonPassage, from source: Int) -> ReuseResult.Passage {
            ReuseResult.Passage(range: p.range, own: p.own, source: source, sourceRange: p.otherStart..<(p.otherStart + p.length),
                                text: compared.string(p.range),
                                section: compared.sections.last { $0.start <= p.start }?.number ?? 1,
                                paragraph: compared.paragraph(at: p.start))
        }
        // Own words shorter than a passage that counts as copying are too few to measure a share of (a section 六 of
        // 无, a name between common sentences).
        if let p = previous, own.count >= settings.passage {
            result.previous = p
            var reused = [Bool](repeating: false, count: compared.units.count)
            for found in CommonPassages.find(compared, own, text(p), owns(p)) {
                for x in found.range where own[x] { reused[x] = true }
                result.passages.append(passage(found, from: p))
            }
            result.reused = reused.count { $0 }
        }
        for c in candidates {
            let found = CommonPassages.find(compared, own, text(c), owns(c), minimumOwn: settings.passage)
            guard !found.isEmpty else { continue }
            result.shared.append(c)
            result.passages += found.map { passage($0, from: c) }
        }
        result.passages.sort { ($0.range.lowerBound, $0.source) < ($1.range.lowerBound, $1.source) }
        return result
    }
}
