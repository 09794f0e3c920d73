import Foundation

/// Byte and scalar search in plain text, which gives Foundation's answers without its bridging.
extension PlainText {
    /// Byte offset of the first occurrence of `needle`; nil when absent or empty, as Foundation has it.
    static func firstOffset(of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        let length = needle.count
        guard length > 0, length <= haystack.count else { return nil }
        let first = needle[0]
        let last = haystack.count - length
        var i = 0
        if first < 0x80 {
            // An ASCII first byte is rare in Chinese text: memchr skips to each candidate at once.
            while i <= last {
                guard let candidate = firstOffset(of: first, in: haystack, from: i, to: last + 1) else { return nil }
                var k = 1
                while k < length, haystack[candidate + k] == needle[k] { k += 1 }
                if k == length { return candidate }
                i = candidate + 1
            }
            return nil
        }
        while i <= last {
            if haystack[i] == first {
                var k = 1
                while k < length, haystack[i + k] == needle[k] { k += 1 }
                if k == length { return i }
            }
            i += 1
        }
        return nil
    }

    /// Offset of the first `byte` in `haystack[from..<to]`, by memchr.
    static func firstOffset(of byte: UInt8, in haystack: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        guard from < to, let base = haystack.baseAddress, let found = memchr(base + from, Int32(byte), to - from) else { return nil }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Index of the first occurrence of `word` within `range` of `scalars`; nil when absent or empty.
    static func firstIndex(of word: [UInt32], in scalars: [UInt32], _ range: Range<Int>) -> Int? {
        let length = word.count
        guard length > 0, length <= range.count else { return nil }
        let first = word[0]
        var i = range.lowerBound
        while i <= range.upperBound - length {
            if scalars[i] == first {
                var k = 1
                while k < length, scalars[i + k] == word[k] { k += 1 }
                if k == length { return i }
            }
            i += 1
        }
        return nil
    }

    /// Whether `word` occurs within `range` of `scalars`.
    static func contains(_ word: [UInt32], in scalars: [UInt32], _ range: Range<Int>) -> Bool {
        firstIndex(of: word, in: scalars, range) != nil
    }

    /// Words to look for anywhere in a range, in one pass that skips positions no word starts with.
    struct Words {
        /// The words as scalar values.
        let words: [[UInt32]]
        /// Bit `v & 1023` is set for the first scalar `v` of every word: few other scalars get past it.
        let starts: [UInt64]

        /// Prepares plain, non-empty words.
        init(_ texts: [String]) {
            words = texts.map(PlainText.word)
            precondition(words.allSatisfy { !$0.isEmpty }, "empty search word")
            var starts = [UInt64](repeating: 0, count: 16)
            for word in words { starts[Int(word[0] >> 6 & 15)] |= 1 << (word[0] & 63) }
            self.starts = starts
        }

        /// Whether any of the words occurs within `range` of `scalars`.
        func occur(in scalars: [UInt32], _ range: Range<Int>) -> Bool {
            for i in range where starts[Int(scalars[i] >> 6 & 15)] & 1 << (scalars[i] & 63) != 0 {
                for word in words where word[0] == scalars[i] && word.count <= range.upperBound - i {
                    var k = 1
                    while k < word.count, scalars[i + k] == word[k] { k += 1 }
                    if k == word.count { return true }
                }
            }
            return false
        }
    }
}
