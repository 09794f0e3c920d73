/// Sorts 64-bit words by their bits, least significant byte first: linear in the number of words.
///
/// Text reuse sorts millions of shingle words per build, and the standard library's sort (a stable merge sort with a
/// comparison per step) took several times longer on them. Bytes that are the same in every word are skipped.
/// `RadixSortTests` checks it against `sort()`.
enum RadixSort {
    /// `words` in ascending order.
    static func sort(_ words: inout [UInt64]) {
        guard words.count > 64 else { words.sort(); return }
        var scratch = [UInt64](repeating: 0, count: words.count)
        var counts = [Int](repeating: 0, count: 256)
        for byte in 0..<8 {
            let shift = UInt64(byte * 8)
            for i in counts.indices { counts[i] = 0 }
            for x in words { counts[Int((x >> shift) & 0xFF)] += 1 }
            if counts.contains(words.count) { continue }
            var total = 0
            for i in counts.indices { (counts[i], total) = (total, total + counts[i]) }
            for x in words {
                let b = Int((x >> shift) & 0xFF)
                scratch[counts[b]] = x
                counts[b] += 1
            }
            swap(&words, &scratch)
        }
    }
}
