import Testing
@testable import GXReuse

/// Winnowing's picks, checked against every window scanned in full.
struct WinnowingTests {
    /// The rightmost least hash of each window of `run`, appended whenever the pick moves: the definition, by brute
    /// force.
    static func scanned(_ run: [UInt64]) -> [UInt64] {
        guard run.count > Winnowing.window else { return run.isEmpty ? [] : [run.min()!] }
        var picked: [UInt64] = [], last = -1
        for start in 0...(run.count - Winnowing.window) {
            var best = start
            for i in start..<(start + Winnowing.window) where run[i] <= run[best] { best = i }
            if best != last { picked.append(run[best]); last = best }
        }
        return picked
    }

    /// Runs of every length around a window, over few distinct hashes (many ties) and over many.
    @Test(arguments: [(lengths: 0...40, spread: UInt64(3)), (lengths: 0...40, spread: 1 << 40),
                      (lengths: 200...205, spread: 5)])
    func picksMatchAFullScanOfEveryWindow(lengths: ClosedRange<Int>, spread: UInt64) {
        var seed: UInt64 = 0
        for length in lengths {
            for _ in 0..<20 {
                // Deterministic pseudo-random hashes: the finaliser of a counter.
                let run = (0..<length).map { _ in seed += 1; return Shingles.mix(seed) % spread }
                var scratch = run, picked: [UInt64] = [7]
                Winnowing.pick(from: &scratch, into: &picked)
                #expect(picked == [7] + Self.scanned(run), "run \(run)")
                #expect(scratch.isEmpty)
            }
        }
    }
}
