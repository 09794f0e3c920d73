import Foundation

/// Lists of words prepared once: which lists have a word in a text, found in one pass over it.
///
/// Label matching asks "does any of these words occur" over and over of the same short texts;
/// searching word by word would scan each text again for every word.
struct WordIndex: Sendable {
    /// The lists, in order; at most 64.
    let entries: [[String]]
    /// Every word's UTF-8, one after another.
    private let bytes: [UInt8]
    /// Every word: where its UTF-8 is and the list it belongs to, grouped by first scalar.
    private let words: [(bounds: Range<Int>, entry: Int)]
    /// An open-addressing table from a first scalar to its words in `words`; empty slots hold `UInt32.max`.
    private let slots: [(scalar: UInt32, words: Range<Int>)]
    /// The length in bytes of the shortest word.
    private let shortest: Int
    /// Whether every word is plain and none is empty, so that byte search answers for them.
    private let isPlain: Bool

    /// Prepares lists of words.
    init(_ entries: [[String]]) {
        precondition(entries.count <= 64, "a WordIndex holds at most 64 lists")
        self.entries = entries
        var bytes: [UInt8] = []
        var byFirst: [UInt32: [(bounds: Range<Int>, entry: Int)]] = [:]
        var firsts: [UInt32] = []
        for (entry, list) in entries.enumerated() {
            for word in list {
                let first = word.unicodeScalars.first?.value ?? 0
                if byFirst[first] == nil { firsts.append(first) }
                byFirst[first, default: []].append((bytes.count..<bytes.count + word.utf8.count, entry))
                bytes += word.utf8
            }
        }
        var words: [(bounds: Range<Int>, entry: Int)] = []
        var slots = [(scalar: UInt32, words: Range<Int>)](repeating: (.max, 0..<0), count: Self.slotCount(for: firsts.count))
        for first in firsts {
            let group = byFirst[first]!
            var slot = Self.slot(of: first, in: slots.count)
            while slots[slot].scalar != .max { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = (first, words.count..<words.count + group.count)
            words += group
        }
        self.bytes = bytes
        self.words = words
        self.slots = slots
        shortest = words.map(\.bounds.count).min() ?? 0
        isPlain = shortest > 0 && bytes.withUnsafeBufferPointer { PlainText.isPlain($0) }
    }

    /// Prepares one list.
    init(anyOf words: [String]) {
        self.init([words])
    }

    /// A power of two at least four times `count`, so that probes are short.
    private static func slotCount(for count: Int) -> Int {
        var slots = 64
        while slots < 4 * count { slots *= 2 }
        return slots
    }

    /// Where a scalar's probe starts.
    private static func slot(of scalar: UInt32, in count: Int) -> Int {
        Int((scalar &* 0x9E37_79B1) >> 16) & (count - 1)
    }

    /// Bit `i` is set when list `i` has a word that occurs in `text`, by Foundation's `contains(_:)`.
    func matches(in text: SearchText) -> UInt64 {
        if isPlain {
            // Whatever canonically equals a plain word is at least as long in UTF-8 (see `fastContains`).
            if text.text.utf8.count < shortest { return 0 }
            if text.isPlain, let found = text.text.utf8.withContiguousStorageIfAvailable({ matches(inPlain: $0) }) { return found }
        }
        var found: UInt64 = 0
        for (i, list) in entries.enumerated() where list.contains(where: { text.text.range(of: $0) != nil }) { found |= 1 << i }
        return found
    }

    /// The index of the first list with a word that occurs in `text`.
    func firstEntry(in text: SearchText) -> Int? {
        let found = matches(in: text)
        return found == 0 ? nil : found.trailingZeroBitCount
    }

    /// Whether any word occurs in `text`.
    func occurs(in text: SearchText) -> Bool {
        matches(in: text) != 0
    }

    /// `matches` of plain UTF-8: matches start at scalars, so each scalar is looked up once.
    private func matches(inPlain haystack: UnsafeBufferPointer<UInt8>) -> UInt64 {
        bytes.withUnsafeBufferPointer { bytes in
            words.withUnsafeBufferPointer { words in
                slots.withUnsafeBufferPointer { slots in
                    var found: UInt64 = 0
                    var i = 0
                    while i < haystack.count {
                        let byte = haystack[i]
                        let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                        guard i + length <= haystack.count else { break }
                        var scalar = UInt32(byte) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                        for k in 1..<length { scalar = scalar << 6 | UInt32(haystack[i + k] & 0x3F) }
                        var slot = Self.slot(of: scalar, in: slots.count)
                        while slots[slot].scalar != scalar, slots[slot].scalar != .max { slot = (slot + 1) & (slots.count - 1) }
                        for w in slots[slot].words where words[w].bounds.count <= haystack.count - i {
                            let word = words[w].bounds
                            var k = length
                            while k < word.count, haystack[i + k] == bytes[word.lowerBound + k] { k += 1 }
                            if k == word.count { found |= 1 << words[w].entry }
                        }
                        i += length
                    }
                    return found
                }
            }
        }
    }
}
