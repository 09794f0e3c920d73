extension OwnUnits {
    /// Calls `body(start, hash)` for every shingle of `units` (the text these bits are of) holding at least one own
    /// unit, in order, hashing only the stretches around own words: most of a report is common wording.
    @inline(__always)
    func forEachShingle(holdingOwn units: [UInt16], _ body: (Int, UInt64) -> Void) {
        let k = Shingles.length
        var run = firstOwn(from: 0)
        while run < length {
            // Runs of own units less than a shingle apart share shingles: their starts are walked as one stretch.
            var end = firstNotOwn(from: run), next = firstOwn(from: end)
            while next < length && next - end < k {
                end = firstNotOwn(from: next)
                next = firstOwn(from: end)
            }
            Shingles.forEach(units, starts: (run - k + 1)..<end, body)
            run = next
        }
    }

    /// Calls `body(start, hash)` for every shingle of `units` made of own units alone, in order.
    @inline(__always)
    func forEachShingle(allOwn units: [UInt16], _ body: (Int, UInt64) -> Void) {
        var run = firstOwn(from: 0)
        while run < length {
            let end = firstNotOwn(from: run)
            if end - run >= Shingles.length { Shingles.forEach(units, starts: run..<(end - Shingles.length + 1), body) }
            run = firstOwn(from: end)
        }
    }
}
