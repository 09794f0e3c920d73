/// How a file of one line per item frames its lines: a head, a piece before the first line and before each later one,
/// and a tail. Open data files are made this way, so a build can cut the published copy back into its items' lines.
///
/// A line may hold a line break only at its very end (compact JSON holds none, a CSV row ends with one). `cut` relies on
/// that and checks every piece of framing, so a file that breaks the rule is not cut at all rather than cut wrongly.
package struct LineLayout: Sendable, Equatable {
    /// What comes before the first line.
    package var head: [UInt8]
    /// What comes between the head and the first line.
    package var first: [UInt8]
    /// What comes between two lines.
    package var between: [UInt8]
    /// What follows the last line.
    package var tail: [UInt8]
    /// What follows the head of a file without lines.
    package var emptyTail: [UInt8]

    /// A layout of the given pieces, as text.
    package init(head: String, first: String = "", between: String = "", tail: String = "", emptyTail: String? = nil) {
        self.head = Array(head.utf8)
        self.first = Array(first.utf8)
        self.between = Array(between.utf8)
        self.tail = Array(tail.utf8)
        self.emptyTail = Array((emptyTail ?? tail).utf8)
    }

    /// The ranges of the `count` lines of `bytes`, a file in this layout; nil when it is not one, or holds another number
    /// of lines.
    package func cut(_ bytes: UnsafeRawBufferPointer, count: Int) -> [Range<Int>]? {
        guard count > 0, Self.holds(head, in: bytes, at: 0) else { return nil }
        var lines: [Range<Int>] = []
        lines.reserveCapacity(count)
        var pos = head.count
        for i in 0..<count {
            let before = i == 0 ? first : between
            guard Self.holds(before, in: bytes, at: pos) else { return nil }
            pos += before.count
            guard let end = lineEnd(in: bytes, from: pos, followedBy: i == count - 1 ? tail : between) else { return nil }
            lines.append(pos..<end)
            pos = end
        }
        guard bytes.count - pos == tail.count, Self.holds(tail, in: bytes, at: pos) else { return nil }
        return lines
    }

    /// Where the line starting at `start` ends: at the next line break, which is the line's own when `next` (the framing
    /// after it) holds none, or else the one `next` holds, so the line stops where `next` begins.
    private func lineEnd(in bytes: UnsafeRawBufferPointer, from start: Int, followedBy next: [UInt8]) -> Int? {
        guard let lf = bytes[start...].firstIndex(of: 10) else { return nil }
        guard let k = next.firstIndex(of: 10) else { return lf + 1 }
        return lf - k >= start ? lf - k : nil
    }

    private static func holds(_ piece: [UInt8], in bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
        offset + piece.count <= bytes.count && bytes[offset..<(offset + piece.count)].elementsEqual(piece)
    }
}
