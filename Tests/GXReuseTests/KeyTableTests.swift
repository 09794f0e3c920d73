import Testing
@testable import GXReuse

/// The hand-written table and sort text reuse uses in place of the standard library's, against the standard library's.
struct KeyTableTests {
    /// Deterministic 64-bit words, some repeated, zero and near-equal ones among them.
    private func words(_ count: Int, seed: UInt64) -> [UInt64] {
        var x = seed
        return (0..<count).map { i in
            x = Shingles.mix(x)
            return i % 7 == 0 ? UInt64(i % 5) : i % 11 == 0 ? x & ~0xFFFFF : x
        }
    }

    @Test(arguments: [0, 1, 100, 5_000])
    func theTableHoldsWhatADictionaryHolds(count: Int) {
        var table = KeyTable()
        var dictionary: [UInt64: Int32] = [:]
        for (i, key) in words(count, seed: 3).enumerated() {
            table.set(key, Int32(i))
            dictionary[key] = Int32(i)
        }
        #expect(table.count == dictionary.count)
        for (key, value) in dictionary { #expect(table[key] == value) }
        for key in words(200, seed: 99) where dictionary[key] == nil { #expect(!table.contains(key)) }
    }

    @Test(arguments: [0, 1, 64, 65, 10_000])
    func radixSortSortsAsSortDoes(count: Int) {
        var sorted = words(count, seed: UInt64(count) + 1)
        let expected = sorted.sorted()
        RadixSort.sort(&sorted)
        #expect(sorted == expected)
    }

    @Test(arguments: [0, 1, 64, 65, 10_000])
    func radixSortByHighBitsKeepsTheOrderOfWordsEqualInThem(count: Int) {
        // Few distinct high parts, so many words share one; the low 20 bits number the input order, so only a stable
        // sort by the high bits gives the fully sorted words.
        let words = self.words(count, seed: UInt64(count) + 7).enumerated().map { i, w in (w % 37) << 40 | UInt64(i) }
        var sorted = words
        RadixSort.sort(&sorted, from: 20)
        #expect(sorted == words.sorted())
    }
}
