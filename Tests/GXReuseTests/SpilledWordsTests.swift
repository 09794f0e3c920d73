import Testing
@testable import GXReuse

struct SpilledWordsTests {
    /// Every pass reads back, in document order, the words a sweep of its own makes, however the sweep is chunked and
    /// shared between threads.
    @Test(arguments: [(1, 1, 4096), (2, 3, 5), (2, 7, 1), (3, 4, 64)])
    func eachPassReadsTheWordsASweepOfItsOwnMakes(jobs: Int, passes: Int, chunkWords: Int) throws {
        var prose = ReuseTestText(seed: 5)
        let shared = prose.prose(2)
        let texts = (0..<11).map { _ in ComparableText.of(prose.prose(2), shared, prose.prose(1), shared) }
        let spilled = try #require(SpilledWords.spill(texts.count, text: { texts[$0] }, passes: passes, jobs: jobs,
                                                      chunkWords: chunkWords))
        var total = 0
        for pass in 0..<passes {
            var expected: [UInt64] = [], read: [UInt64] = [7]
            Boilerplate.words(texts.count, text: { texts[$0] }, pass: pass, of: passes, expected: 0, into: &expected)
            #expect(spilled.read(pass: pass, into: &read))
            #expect(read == expected)
            total += read.count
        }
        #expect(total == texts.reduce(0) { $0 + $1.units.count - Shingles.length + 1 })
    }
}
