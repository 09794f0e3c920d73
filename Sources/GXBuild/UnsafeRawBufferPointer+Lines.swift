import Foundation

extension UnsafeRawBufferPointer {
    /// The ranges of the lines, without their `\n`, then the rest after the last one (empty when the bytes end with a
    /// line break). Found with `memchr`: the build reads files of tens of thousands of lines on every rebuild.
    package func lineRanges() -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        if let base = baseAddress {
            while start < count, let newline = memchr(base + start, 0x0A, count - start) {
                let end = base.distance(to: UnsafeRawPointer(newline))
                ranges.append(start..<end)
                start = end + 1
            }
        }
        ranges.append(start..<count)
        return ranges
    }
}
