extension Boilerplate {
    /// The common wording once some documents changed, and the documents whose own words that changes.
    ///
    /// Only a key of a changed document's text (as it was, for one gone or edited; as it is, for one come or edited)
    /// can change its count, so only `keys` (those, distinct) are counted again, over every document, in one pass that
    /// looks each shingle up rather than sorting them all. A key's documents are kept only up to `reports + arrived`
    /// of them: a key in that many documents now was in at least `reports` before (no more than `arrived` documents
    /// came), so it was common wording before as after, and none of its documents needs them.
    static func updating(_ old: Boilerplate, keys: [UInt64], count: Int, text: (Int) -> ComparableText, regions: [Int],
                         reports: Int, regionReports: Int, arrived: Int, jobs: Int) -> (Boilerplate, touched: [Int]) {
        var index = KeyTable(capacity: keys.count)
        for (j, key) in keys.enumerated() { index.set(key, Int32(j)) }
        let (total, hits) = tally(keys.count, index: index, count: count, text: text, keep: reports + arrived, jobs: jobs)
        var (corpus, regional) = old.entries
        corpus.removeAll { index.contains($0) }
        regional.removeAll { index.contains(key($0)) }
        var i = 0
        for j in keys.indices {
            let start = i
            while i < hits.count && Int(hits[i] >> 32) == j { i += 1 }
            if TemplateWording.keys.contains(keys[j]) || total[j] >= reports { corpus.append(keys[j]) }
            // Below `reports`, every document of the key was kept.
            if total[j] < reports && total[j] >= regionReports {
                regional += Self.regional(keys[j], hits[start..<i].lazy.map { regions[Int($0 & 0xFFFF_FFFF)] }, atLeast: regionReports)
            }
        }
        let updated = Boilerplate(corpus: corpus, regional: regional)
        var touched: [Int] = []
        for hit in hits {
            let key = keys[Int(hit >> 32)], d = Int(hit & 0xFFFF_FFFF)
            if old.contains(key, region: regions[d]) != updated.contains(key, region: regions[d]) { touched.append(d) }
        }
        return (updated, Array(Set(touched)).sorted())
    }

    /// How many documents hold each of `keys` (numbered by `index`), and the (key number, document) words of up to
    /// `keep` of them per thread's share of documents, sorted.
    private static func tally(_ keys: Int, index: KeyTable, count: Int, text: (Int) -> ComparableText, keep: Int,
                              jobs: Int) -> (total: [Int], hits: [UInt64]) {
        let shares = max(1, min(count, jobs * 4))
        let tallies = ParallelIndices.map(shares, jobs: jobs) { s -> (counts: [Int32], hits: [UInt64]) in
            var counts = [Int32](repeating: 0, count: keys)
            // The last document that counted each key, so a document repeating a shingle counts once.
            var last = [Int32](repeating: -1, count: keys)
            var hits: [UInt64] = []
            for d in (count * s / shares)..<(count * (s + 1) / shares) {
                Shingles.forEach(text(d).units) { _, hash in
                    guard let j = index[key(hash)].map(Int.init), last[j] != Int32(d) else { return }
                    last[j] = Int32(d)
                    if counts[j] < keep { hits.append(UInt64(j) << 32 | UInt64(d)) }
                    counts[j] += 1
                }
            }
            return (counts, hits)
        }
        var total = [Int](repeating: 0, count: keys)
        var hits: [UInt64] = []
        for t in tallies {
            for j in total.indices { total[j] += Int(t.counts[j]) }
            hits += t.hits
        }
        RadixSort.sort(&hits)
        return (total, hits)
    }
}
