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
        // The run and the picks are passed on as arguments rather than captured by a local function: a local function
        // capturing them made every access a dynamic exclusivity check, which cost as much as the picking.
        own.forEachShingle(allOwn: text.units) { start, hash in
            if start != runEnd + 1 { pick(from: &run, into: &picked) }
            run.append(hash)
            runEnd = start
        }
        pick(from: &run, into: &picked)
        picked.sort()
        var unique: [UInt64] = []
        for h in picked where h != unique.last { unique.append(h) }
        return unique
    }

    /// Appends the least hash of every window of `run` (a run of consecutive own shingles; the rightmost of equal
    /// least ones), once for each time the pick moves, to `picked`, and empties `run`. A run shorter than a window is
    /// one window.
    static func pick(from run: inout [UInt64], into picked: inout [UInt64]) {
        guard !run.isEmpty else { return }
        defer { run.removeAll(keepingCapacity: true) }
        guard run.count > window else {
            picked.append(run.min()!)
            return
        }
        // The pick of the window before stays the least unless the new last shingle is no greater, or the pick has
        // left the window: only then is the whole window scanned again (about once in `window` steps).
        var best = -1, last = -1
        for start in 0...(run.count - window) {
            let end = start + window - 1
            if best < start {
                best = start
                for i in start...end where run[i] <= run[best] { best = i }
            } else if run[end] <= run[best] {
                best = end
            }
            if best != last { picked.append(run[best]); last = best }
        }
    }
}
