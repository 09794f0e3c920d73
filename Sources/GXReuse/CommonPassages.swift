/// Finds the passages two texts share, exactly: every maximal common run that holds a shingle with own words in both,
/// found from equal shingle hashes and extended by comparing the characters themselves.
public enum CommonPassages {
    /// The common passages of `a` and `b` with at least `minimumOwn` own characters, ordered by start in `a`.
    public static func find(_ a: ComparableText, _ ownA: OwnUnits, _ b: ComparableText, _ ownB: OwnUnits,
                            minimumOwn: Int = Shingles.length) -> [CommonPassage] {
        let k = Shingles.length
        // The shingles of `b` holding own words, by hash; a chain links the starts of equal hashes.
        // Only shingles holding own words go in: as many as own units and one shingle's worth more per run, well below
        // the text's length where most of it is common wording (the table grows if need be).
        var heads = KeyTable(capacity: min(b.units.count, ownB.count + 2 * Shingles.length))
        var next = [Int32](repeating: -1, count: max(0, b.units.count))
        ownB.forEachShingle(holdingOwn: b.units) { start, hash in
            if let head = heads[hash] { next[start] = head }
            heads.set(hash, Int32(start))
        }
        guard heads.count > 0 else { return [] }
        var passages: [CommonPassage] = []
        // How far along each diagonal (start in `a` minus start in `b`) a passage already reaches.
        var reached = KeyTable(capacity: 64)
        let ua = a.units, ub = b.units
        ownA.forEachShingle(holdingOwn: ua) { i, hash in
            guard var j = heads[hash].map(Int.init) else { return }
            while j >= 0 {
                defer { j = Int(next[j]) }
                let diagonal = i - j
                if let end = reached[UInt64(bitPattern: Int64(diagonal))], end > i { continue }
                // Equal hashes are checked character by character: a passage is never taken on a hash alone.
                guard ua[i..<(i + k)].elementsEqual(ub[j..<(j + k)]) else { continue }
                var s = i, t = j
                while s > 0, t > 0, ua[s - 1] == ub[t - 1], ua[s - 1] != ComparableText.separator { s -= 1; t -= 1 }
                var e = i + k, f = j + k
                while e < ua.count, f < ub.count, ua[e] == ub[f], ua[e] != ComparableText.separator { e += 1; f += 1 }
                reached.set(UInt64(bitPattern: Int64(diagonal)), Int32(e))
                var own = 0
                for x in s..<e where ownA[x] && ownB[x - diagonal] { own += 1 }
                if own >= minimumOwn { passages.append(CommonPassage(start: s, otherStart: t, length: e - s, own: own)) }
            }
        }
        passages.sort { ($0.start, $0.otherStart) < ($1.start, $1.otherStart) }
        return passages
    }
}
