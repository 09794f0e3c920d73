import Foundation

extension String {
    /// Whether `a` sorts before `b` byte by byte in UTF-8 (C's `strcmp` order, stable across platforms and locales);
    /// `utf8.lexicographicallyPrecedes` gives the same answer but walks the bytes one by one through generic code.
    package static func utf8Precedes(_ a: String, _ b: String) -> Bool {
        let fast = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                let n = Swift.min(x.count, y.count)
                let c = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
                return c != 0 ? c < 0 : x.count < y.count
            }
        }
        if let fast, let answer = fast { return answer }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// `strings` in `utf8Precedes` order, equal strings kept in their order.
    ///
    /// The bytes are packed into one buffer and positions are sorted: sorting the strings themselves retains and releases
    /// both at every comparison, and every rebuild sorts the paths of the whole site.
    package static func utf8Sorted(_ strings: some Collection<String>) -> [String] {
        let list = Array(strings)
        return utf8Order(of: list).map { list[$0] }
    }

    /// The positions of `strings` in `utf8Precedes` order, equal strings kept in their order.
    package static func utf8Order(of strings: [String]) -> [Int] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(strings.reduce(0) { $0 + $1.utf8.count })
        var spans: [(start: Int, count: Int)] = []
        spans.reserveCapacity(strings.count)
        for s in strings {
            spans.append((bytes.count, s.utf8.count))
            bytes += s.utf8
        }
        var order = Array(strings.indices)
        bytes.withUnsafeBufferPointer { all in
            spans.withUnsafeBufferPointer { spans in
                guard let base = all.baseAddress else { return }
                order.sort { i, j in
                    let a = spans[i], b = spans[j]
                    let n = Swift.min(a.count, b.count)
                    let c = n == 0 ? 0 : memcmp(base + a.start, base + b.start, n)
                    if c != 0 { return c < 0 }
                    return a.count != b.count ? a.count < b.count : i < j
                }
            }
        }
        return order
    }
}
