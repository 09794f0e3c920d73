extension ReuseDetector {
    /// What `remember` gives for `documents`, found by recomputing only what changed since `memory`.
    ///
    /// `unchanged[d]` names the document of `memory` that document `d` is, with the same text, or is nil for a document
    /// that came or changed; `earlier(m)` reads the text memory's document `m` had. A result is computed again only for
    /// a document that came or changed, one whose own words changed (it holds a phrase whose common-wording status
    /// changed), and one whose previous report or candidates are among those, changed, or gone; every other is
    /// carried over. The outcome equals a full run's; it is one when a gone text cannot be read, the thresholds
    /// differ, or more than an eighth of the documents (and more than 16) came or went (a changed one counts as gone
    /// and come).
    ///
    /// Returns the new memory and the documents compared again (all of them after a full run).
    public func update(_ documents: [ReuseDocument], text: @escaping @Sendable (Int) -> ComparableText, memory: ReuseMemory,
                       unchanged: [Int?], earlier: (Int) -> ComparableText?) -> (memory: ReuseMemory, compared: [Int]) {
        func all() -> (memory: ReuseMemory, compared: [Int]) { (remember(documents, text: text), Array(documents.indices)) }
        guard memory.settings == settings else { return all() }
        let (before, now) = matching(documents, memory.documents, unchanged)
        let arrived = documents.indices.filter { before[$0] == nil }
        let gone = memory.documents.indices.filter { now[$0] == nil }
        // Past an eighth of the corpus, counting every phrase again (in bounded memory) costs no more than counting the
        // changed ones; below a few, neither costs anything.
        guard arrived.count + gone.count <= max(16, documents.count / 8) else { return all() }
        var changed: [UInt64] = []
        for m in gone {
            guard let old = earlier(m) else { return all() }
            Shingles.forEach(old.units) { _, hash in changed.append(Boilerplate.key(hash)) }
        }
        for d in arrived { Shingles.forEach(text(d).units) { _, hash in changed.append(Boilerplate.key(hash)) } }
        let keys = distinct(changed)
        var boilerplate = memory.boilerplate, touched: [Int] = []
        if !keys.isEmpty {
            (boilerplate, touched) = Boilerplate.updating(
                memory.boilerplate, keys: keys, count: documents.count, text: text, regions: documents.map(\.region),
                reports: settings.boilerplateReports, regionReports: settings.regionBoilerplateReports,
                arrived: arrived.count, jobs: jobs)
        }
        let remeasure = Array(Set(arrived + touched)).sorted()
        let measured = ParallelIndices.map(remeasure.count, jobs: jobs) { i in
            measure(text(remeasure[i]), documents[remeasure[i]], boilerplate: boilerplate)
        }
        var owns = [OwnUnits?](repeating: nil, count: documents.count)
        var picks = documents.indices.map { d in before[d].map { memory.picks[$0] } ?? [] }
        for (i, d) in remeasure.enumerated() { (owns[d], picks[d]) = (measured[i].own, measured[i].picks) }
        let ownChanged = documents.indices.map { owns[$0] != nil }
        let candidates = candidates(documents, picked: picks)
        let previous = previousReports(documents)
        let previousBefore = previousReports(memory.documents)
        let redo = documents.indices.filter { d in
            guard let m = before[d], !ownChanged[d] else { return true }
            // A previous report that is another document now, or one whose own words changed.
            if previous[d] != previousBefore[m].flatMap({ now[$0] }) || previous[d].map({ ownChanged[$0] }) == true { return true }
            return candidates[d].contains { ownChanged[$0] } || names(memory.results[m]).contains { now[$0].map { ownChanged[$0] } ?? true }
        }
        // Every document a recomputed one is compared with needs its own words.
        var needed = Set(redo)
        for d in redo { needed.formUnion(candidates[d] + (previous[d].map { [$0] } ?? [])) }
        let missing = needed.filter { owns[$0] == nil }.sorted()
        let found = ParallelIndices.map(missing.count, jobs: jobs) { i in
            ownUnits(text(missing[i]), documents[missing[i]], boilerplate: boilerplate)
        }
        for (i, d) in missing.enumerated() { owns[d] = found[i] }
        let recomputed = ParallelIndices.map(redo.count, jobs: jobs) { i in
            compare(redo[i], text: text, owns: { owns[$0]! }, previous: previous[redo[i]], candidates: candidates[redo[i]])
        }
        var results = [ReuseResult?](repeating: nil, count: documents.count)
        for (i, d) in redo.enumerated() { results[d] = recomputed[i] }
        let kept = documents.indices.map { d in results[d] ?? carried(memory.results[before[d]!], now: now) }
        return (ReuseMemory(settings: settings, documents: documents, boilerplate: boilerplate, picks: picks,
                            results: kept), redo)
    }

    /// Which document of the memory each document is (`before`), and which document each of the memory's is now
    /// (`now`): one named by `unchanged` and alike in every part.
    private func matching(_ documents: [ReuseDocument], _ remembered: [ReuseDocument],
                          _ unchanged: [Int?]) -> (before: [Int?], now: [Int?]) {
        var now = [Int?](repeating: nil, count: remembered.count)
        var before = [Int?](repeating: nil, count: documents.count)
        for d in documents.indices {
            guard let m = unchanged[d], remembered.indices.contains(m), now[m] == nil, remembered[m] == documents[d] else { continue }
            (before[d], now[m]) = (m, d)
        }
        return (before, now)
    }

    /// The documents a result names: its previous report and its passages' sources.
    private func names(_ result: ReuseResult) -> [Int] {
        (result.previous.map { [$0] } ?? []) + result.passages.map(\.source) + result.shared
    }

    /// The distinct keys of `keys`, ascending.
    private func distinct(_ keys: [UInt64]) -> [UInt64] {
        var keys = keys
        RadixSort.sort(&keys)
        var distinct: [UInt64] = []
        distinct.reserveCapacity(keys.count)
        for key in keys where key != distinct.last { distinct.append(key) }
        return distinct
    }

    /// An earlier result with its documents numbered as they are now (every one it names is still there).
    private func carried(_ result: ReuseResult, now: [Int?]) -> ReuseResult {
        var result = result
        result.previous = result.previous.map { now[$0]! }
        for i in result.passages.indices { result.passages[i].source = now[result.passages[i].source]! }
        result.passages.sort { ($0.range.lowerBound, $0.source) < ($1.range.lowerBound, $1.source) }
        result.shared = result.shared.map { now[$0]! }.sorted()
        return result
    }
}
