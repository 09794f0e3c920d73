/// Sorts 64-bit words by their bits, least significant digit first: linear in the number of words.
///
/// Text reuse sorts millions of shingle words per build, and the standard library's sort (a stable merge sort with a
/// comparison per step) took several times longer on them. Digits are 11 bits (a count table that stays in the
/// fastest cache); digits that are the same in every word are skipped. `KeyTableTests` checks it against `sort()`.
enum RadixSort {
    private static let digit = 11

    /// `words` in ascending order.
    static func sort(_ words: inout [UInt64]) { sort(&words, from: 0) }

    /// `words` in ascending order of their bits from `lowest` up, words equal in those bits kept in their order: a
    /// stable sort by a key held in the high bits.
    static func sort(_ words: inout [UInt64], from lowest: Int) {
        var scratch: [UInt64] = []
        sort(&words, from: lowest, scratch: &scratch)
    }

    /// `sort(_:from:)` with `scratch` as working space, kept for the next sort.
    static func sort(_ words: inout [UInt64], from lowest: Int, scratch: inout [UInt64]) {
        guard words.count > 64 else {
            // Insertion sort, which is stable, for a handful.
            for i in words.indices.dropFirst() {
                let x = words[i]
                var j = i
                while j > 0 && words[j - 1] >> UInt64(lowest) > x >> UInt64(lowest) { words[j] = words[j - 1]; j -= 1 }
                words[j] = x
            }
            return
        }
        // Every slot of `scratch` is written by a pass's scatter before any is read: its old words do not matter.
        if scratch.count < words.count {
            scratch.reserveCapacity(words.count)
            scratch += repeatElement(0, count: words.count - scratch.count)
        }
        if scratch.count > words.count { scratch.removeLast(scratch.count - words.count) }
        var counts = [Int](repeating: 0, count: 1 << digit)
        let mask = UInt64(1 << digit - 1)
        // Buffers rather than arrays in the loops: every word goes through each loop once per digit, and the arrays'
        // bounds and uniqueness checks cost as much as the work (`KeyTableTests` checks the result).
        let inScratch = words.withUnsafeMutableBufferPointer { w in
            scratch.withUnsafeMutableBufferPointer { t in
                counts.withUnsafeMutableBufferPointer { c in
                    var (from, to) = (w, t)
                    var swapped = false
                    var shift = lowest
                    while shift < 64 {
                        let s = UInt64(shift)
                        shift += digit
                        for i in 0..<c.count { c[i] = 0 }
                        for x in from { c[Int((x >> s) & mask)] += 1 }
                        if c.contains(from.count) { continue }
                        var total = 0
                        for i in 0..<c.count { (c[i], total) = (total, total + c[i]) }
                        for x in from {
                            let b = Int((x >> s) & mask)
                            to[c[b]] = x
                            c[b] += 1
                        }
                        (from, to) = (to, from)
                        swapped.toggle()
                    }
                    return swapped
                }
            }
        }
        if inScratch { swap(&words, &scratch) }
    }
}
