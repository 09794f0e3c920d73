import Foundation

extension String {
    /// Whether `a` sorts before `b` byte by byte in UTF-8 (C's `strcmp` order, stable across platforms and locales);
    /// `utf8.lexicographicallyPrecedes` gives the same answer but walks the bytes one by one through generic code.
    static func utf8Precedes(_ a: String, _ b: String) -> Bool {
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
}
