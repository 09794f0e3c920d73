/// Common wording, which is never copying: the template's own sentences, and the shingles found in at least a set
/// number of reports across the corpus or within one region.
///
/// Shingles are keyed by the high 44 bits of their hash; the low 20 bits carry a document while counting (so at most
/// 2^20 reports are compared) and a region in the table of regions' common keys, so counting needs one sortable 64-bit
/// word per shingle.
public struct Boilerplate: Sendable, Equatable {
    /// Keys common across the corpus, and the template's.
    private var common: KeyTable
    /// Keys common within one region, each joined with its region (`regional(_:_:)`).
    private var regionCommon = KeyTable()

    /// No common wording but the template's.
    public init(template: Set<UInt64> = TemplateWording.keys) {
        common = KeyTable(capacity: template.count)
        for key in template { common.insert(key) }
    }

    /// Common wording kept from an earlier count (`entries`).
    public init(corpus: [UInt64], regional: [UInt64]) {
        common = KeyTable(capacity: corpus.count)
        for key in corpus { common.insert(key) }
        regionCommon = KeyTable(capacity: regional.count)
        for entry in regional { regionCommon.insert(entry) }
    }

    /// The keys common across the corpus (the template's among them) and those common within a region (each joined
    /// with its region), ascending: what `init(corpus:regional:)` takes back.
    public var entries: (corpus: [UInt64], regional: [UInt64]) { (common.sortedKeys, regionCommon.sortedKeys) }

    /// Whether two hold the same common wording (however their tables were filled).
    public static func == (a: Boilerplate, b: Boilerplate) -> Bool { a.entries == b.entries }

    /// A shingle's key: its hash's high 44 bits.
    @inline(__always)
    static func key(_ hash: UInt64) -> UInt64 { hash & ~regionMask }

    /// The word a shingle hashed `hash` (or its key) gives document `d` while counting: the key joined with the document.
    @inline(__always)
    static func word(_ hash: UInt64, document d: Int) -> UInt64 { key(hash) | UInt64(d) }

    /// The low bits that hold a region (or a document) beside a key.
    static let regionMask: UInt64 = (1 << 20) - 1

    @inline(__always)
    static func regional(_ key: UInt64, _ region: Int) -> UInt64 { key | UInt64(region) & regionMask }

    /// The regional entries of `key` held by documents of `regions` (one region a document): one for each region
    /// holding it in at least `regionReports` documents, ascending.
    static func regional(_ key: UInt64, _ regions: some Sequence<Int>, atLeast regionReports: Int) -> [UInt64] {
        var byRegion: [Int: Int] = [:]
        for region in regions { byRegion[region, default: 0] += 1 }
        return byRegion.filter { $0.value >= regionReports }.keys.sorted().map { regional(key, $0) }
    }

    /// Whether the shingle hashed `hash` is common wording for a report of `region`.
    @inline(__always)
    public func contains(_ hash: UInt64, region: Int) -> Bool {
        let key = Self.key(hash)
        return common.contains(key) || (regionCommon.count > 0 && regionCommon.contains(Self.regional(key, region)))
    }

    /// How many keys are common corpus-wide and within a region.
    public var counts: (corpus: Int, regional: Int) { (common.count, regionCommon.count) }

    /// Counts in how many documents each shingle appears, corpus-wide and by region, and keeps those found in at least
    /// `reports` documents, or `regionReports` of one region, beside the template's.
    ///
    /// The count is exact and its memory bounded: the shingles are counted in passes over the texts, each taking the
    /// keys of one residue, as many as it takes to keep the passes running at once (one a thread) within `budget`
    /// bytes (a pass holds its words twice: as collected, then sorted). A document counts once however often it
    /// repeats a shingle. The default budget is small: past one round of passes, another round costs little (its words
    /// are read back from the sweep), while a larger budget is more fresh memory to fault in.
    public static func counting(_ texts: [ComparableText], regions: [Int], reports: Int, regionReports: Int,
                                budget: Int = 32 << 20, jobs: Int = 1) -> Boilerplate {
        counting(texts.count, text: { texts[$0] }, regions: regions, reports: reports, regionReports: regionReports,
                 budget: budget, jobs: jobs)
    }

    /// `counting` over `count` documents whose texts `text(d)` reads, as many times as there are passes.
    public static func counting(_ count: Int, text: (Int) -> ComparableText, regions: [Int], reports: Int,
                                regionReports: Int, budget: Int = 32 << 20, jobs: Int = 1) -> Boilerplate {
        let lengths = ParallelIndices.map(count, jobs: jobs) { max(0, text($0).units.count - Shingles.length + 1) }
        let total = lengths.reduce(0, +)
        // At least a pass a thread, so that the sorting, most of the work, is shared between them.
        let workers = max(1, jobs)
        let share = max(1, budget / workers)
        let needed = (total * 2 * MemoryLayout<UInt64>.size + share - 1) / share
        // A multiple of the threads, so that none has a pass more to run while the others wait.
        let passes = max(1, (needed + workers - 1) / workers) * workers
        // More than one round of passes: the words made in one sweep and read back a pass at a time, rather than made
        // again (every text read and hashed) for each round.
        let spilled = passes > workers ? SpilledWords.spill(count, text: text, passes: passes, jobs: workers) : nil
        let expected = total / passes
        // Each thread takes the next pass as it finishes one. Its two buffers have room for the largest pass from the
        // start and are kept from one pass to the next (the sort swaps them): grown as they filled, they were made
        // again of fresh memory, whose page faults cost more than the sorting.
        let room = max(spilled?.largestPass ?? 0, expected + expected / 8)
        let found = ParallelIndices.map(passes, jobs: workers, state: { () -> (all: [UInt64], scratch: [UInt64]) in
            var all: [UInt64] = [], scratch: [UInt64] = []
            all.reserveCapacity(room)
            scratch.reserveCapacity(room)
            return (all, scratch)
        }) { buffers, pass in
            if spilled?.read(pass: pass, into: &buffers.all) != true {
                words(count, text: text, pass: pass, of: passes, expected: expected, into: &buffers.all)
            }
            // By key alone: the words come in document order, and the sort keeps it within a key.
            RadixSort.sort(&buffers.all, from: 20, scratch: &buffers.scratch)
            return common(buffers.all, regions: regions, reports: reports, regionReports: regionReports)
        }
        var result = Boilerplate()
        for (corpus, regional) in found {
            for key in corpus { result.common.insert(key) }
            for entry in regional { result.regionCommon.insert(entry) }
        }
        return result
    }

    /// The words of pass `pass`, in document order, in place of `words`' own: every shingle whose key falls in that
    /// pass, the key joined with its document (a document repeating a shingle gives equal words, which sort together
    /// and count once).
    static func words(_ count: Int, text: (Int) -> ComparableText, pass: Int, of passes: Int, expected: Int,
                      into words: inout [UInt64]) {
        words.removeAll(keepingCapacity: true)
        // Room for the expected count and a margin, so the array does not double past the pass's share of the budget.
        words.reserveCapacity(expected + expected / 8)
        for d in 0..<count {
            Shingles.forEach(text(d).units) { _, hash in
                if Self.pass(of: hash, among: passes) == pass { words.append(word(hash, document: d)) }
            }
        }
    }

    /// The pass that counts the shingle hashed `hash`: its key's top 32 bits scaled to the passes (a multiplication,
    /// where a remainder would cost a division a shingle).
    @inline(__always)
    static func pass(of hash: UInt64, among passes: Int) -> Int { Int(((hash >> 32) &* UInt64(passes)) >> 32) }

    /// The common keys of `words`, sorted (key, document) words, corpus-wide and by region (each joined with its
    /// region); `regions[d]` is document `d`'s region.
    private static func common(_ words: [UInt64], regions: [Int], reports: Int,
                               regionReports: Int) -> (corpus: [UInt64], regional: [UInt64]) {
        var corpus: [UInt64] = [], regional: [UInt64] = []
        var i = 0
        while i < words.count {
            let key = Self.key(words[i])
            var end = i, documents = 0
            while end < words.count && Self.key(words[end]) == key {
                if end == i || words[end] != words[end - 1] { documents += 1 }
                end += 1
            }
            if documents >= reports {
                corpus.append(key)
            } else if documents >= regionReports {
                let holding = (i..<end).lazy.filter { $0 == i || words[$0] != words[$0 - 1] }
                    .map { regions[Int(words[$0] & Self.regionMask)] }
                regional += Self.regional(key, holding, atLeast: regionReports)
            }
            i = end
        }
        return (corpus, regional)
    }
}
