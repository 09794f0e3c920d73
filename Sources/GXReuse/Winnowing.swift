/// Picks the shingles that stand for a text's own words when looking for other texts that share them: in every window
/// of `window` consecutive own shingles, the one of least hash (winnowing, Schleimer, Wilkerson and Aiken 2003).
///
/// Two texts sharing a run of `window + Shingles.length - 1` characters that are own words in both share a window of
/// shingles, and so pick the same shingle in it: no such passage is missed, while only about 2 / (window + 1) of the
/// shingles are kept.
public enum Winnowing {
    /// Shingles per window.
    public static let window = 8

    /// The shortest shared passage that is always found.
    public static let guaranteed = window + Shingles.length - 1

    /// The hashes picked from the shingles of `text` made of own words alone, each once. (A shingle of common wording
    /// covers its characters as common, so none of these is one.)
    static func anchors(_ text: ComparableText, own: OwnUnits) -> [UInt64] {
        var picked: [UInt64] = []
        var run: [UInt64] = []
        var runEnd = -1
        func flush() {
            guard !run.isEmpty else { return }
            if run.count <= window {
                picked.append(run.min()!)
            } else {
                var last = -1
                for start in 0...(run.count - window) {
                    var best = start
                    for i in start..<(start + window) where run[i] <= run[best] { best = i }
                    if best != last { picked.append(run[best]); last = best }
                }
            }
            run.removeAll(keepingCapacity: true)
        }
        // The first unit at or after the current shingle's start that is not own: it moves forward only, so the bits
        // are scanned once, not once per shingle covering them.
        var blocker = -1
        Shingles.forEach(text.units) { start, hash in
            if blocker < start { blocker = own.firstNotOwn(from: start) }
            let qualifies = blocker >= start + Shingles.length
            if !qualifies || start != runEnd + 1 { flush() }
            if qualifies { run.append(hash); runEnd = start }
        }
        flush()
        picked.sort()
        var unique: [UInt64] = []
        for h in picked where h != unique.last { unique.append(h) }
        return unique
    }
}
