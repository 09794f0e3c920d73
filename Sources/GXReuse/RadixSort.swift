/// Sorts 64-bit words by their bits, least significant digit first: linear in the number of words.
///
/// Text reuse sorts millions of shingle words per build, and the standard library's sort (a stable merge sort with a
/// comparison per step) took several times longer on them. Digits are 11 bits (a count table that stays in the
/// fastest cache), all counted in one read of the words; digits that are the same in every word are skipped.
/// `KeyTableTests` checks it against `sort()`.
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
        let digits = (64 - lowest + digit - 1) / digit
        // Every digit's counts in one read of the words (a digit's counts do not depend on the words' order), rather
        // than one read a digit: the words are far larger than the caches, and each read costs a trip to memory.
        var counts = [Int](repeating: 0, count: digits << digit)
        let mask = UInt64(1 << digit - 1)
        // Buffers rather than arrays in the loops: every word goes through each loop once per digit, and the arrays'
        // bounds and uniqueness checks cost as much as the work (`KeyTableTests` checks the result).
        let inScratch = words.withUnsafeMutableBufferPointer { w in
            scratch.withUnsafeMutableBufferPointer { t in
                counts.withUnsafeMutableBufferPointer { c in
                    for x in w {
                        for d in 0..<digits { c[d << digit + Int((x >> UInt64(lowest + d * digit)) & mask)] += 1 }
                    }
                    var (from, to) = (w, t)
                    var swapped = false
                    for d in 0..<digits {
                        let s = UInt64(lowest + d * digit)
                        let counted = UnsafeMutableBufferPointer(rebasing: c[(d << digit)..<((d + 1) << digit)])
                        // A digit the same in every word changes no order.
                        if counted.contains(from.count) { continue }
                        var total = 0
                        for i in counted.indices { (counted[i], total) = (total, total + counted[i]) }
                        for x in from {
                            let b = Int((x >> s) & mask)
                            to[counted[b]] = x
                            counted[b] += 1
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
