import Foundation

/// Text whose bytes can be searched directly while giving Foundation's answers.
///
/// On Linux, Foundation's `contains(_:)` and `range(of:)` bridge to NSString, transcode to
/// UTF-16 and fold every character cluster, which is slow on CJK text, and parsing and
/// validating call them all the time. They match by canonical equivalence on whole
/// grapheme clusters, so a UTF-8 byte match is exactly their match when no scalar of either
/// string decomposes or can join a neighbour into one cluster. The plain scalars below are
/// such scalars (ASCII, CJK ideographs and punctuation, full-width forms …); text with any
/// other scalar (combining marks, CR, Hangul jamo, compatibility ideographs …) is left to
/// Foundation. In plain text every scalar is also one `Character`, which lets callers count
/// Characters as scalars.
enum PlainText {
    /// Whether a scalar has no canonical decomposition and is its own grapheme cluster beside any other plain scalar.
    @inline(__always)
    static func isPlain(_ scalar: UInt32) -> Bool {
        // Ideographs and ASCII first: a switch tries its cases in order.
        if scalar >= 0x4E00 && scalar <= 0x9FFF || scalar >= 0x20 && scalar <= 0x7E { return true }
        return switch scalar {
        // Not CR, which joins a following LF, nor the other controls.
        case 0x09, 0x0A, 0x20...0x7E: true
        // Latin-1 symbols without the soft hyphen; the letters À…ÿ decompose.
        case 0xA0...0xAC, 0xAE...0xBF, 0xD7, 0xF7: true
        // Spaces and punctuation; U+2000/2001 decompose, U+200B… are format characters and joiners.
        case 0x2002...0x200A, 0x2010...0x2027, 0x2030...0x205E: true
        // Enclosed alphanumerics, box drawing, geometric shapes.
        case 0x2460...0x25FF: true
        // CJK punctuation without the combining tone marks U+302A…302F.
        case 0x3000...0x3029, 0x3030...0x303F: true
        // Enclosed and compatibility CJK (compatibility decompositions only), ideographs.
        case 0x3200...0x4DBF, 0x4E00...0x9FFF: true
        // Vertical, full-width and full-width symbol forms.
        case 0xFE30...0xFE4F, 0xFF01...0xFF60, 0xFFE0...0xFFE6: true
        // Supplementary ideographs, but not the compatibility ones from U+2F800, which decompose.
        case 0x20000...0x2A6DF, 0x2A700...0x2EBEF, 0x30000...0x3134F: true
        default: false
        }
    }

    /// Whether every scalar of some UTF-8 is plain; `allowingCR` also lets CR through, for text split at it.
    static func isPlain(_ utf8: UnsafeBufferPointer<UInt8>, allowingCR: Bool = false) -> Bool {
        leadSteps.withUnsafeBufferPointer { steps in
            var i = 0
            let count = utf8.count
            while i < count {
                let byte = utf8[i]
                // Plain ASCII and the lead bytes of U+4000…U+9FFF, nearly all ideographs, are most
                // text: one table look-up settles them, and only the rest is decoded.
                switch steps[Int(byte)] {
                case 1:
                    i += 1
                    continue
                case 3:
                    i += 3
                    continue
                // U+4DC0…U+4DFF, the hexagram symbols, are the only scalars after E4 that are not ideographs.
                case 4 where i + 1 < count && utf8[i + 1] != 0xB7:
                    i += 3
                    continue
                default:
                    break
                }
                guard isPlainScalar(at: i, in: utf8, allowingCR: allowingCR) else { return false }
                i += byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            }
            return true
        }
    }

    /// Whether the scalar starting at `i` is plain (or a CR, when allowed).
    private static func isPlainScalar(at i: Int, in utf8: UnsafeBufferPointer<UInt8>, allowingCR: Bool) -> Bool {
        let byte = utf8[i]
        if byte < 0x80 { return isPlain(UInt32(byte)) || allowingCR && byte == 0x0D }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        // Swift strings hold valid UTF-8, so the sequence is complete; the guard keeps a bad buffer in bounds.
        guard i + length <= utf8.count else { return false }
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
        return isPlain(value)
    }

    /// For each byte that starts a plain scalar decided by that byte alone, the scalar's length in bytes; else 0.
    private static let leadSteps: [UInt8] = (0...255).map { byte in
        switch byte {
        case 0x09, 0x0A, 0x20...0x7E: 1
        case 0xE5...0xE9: 3
        case 0xE4: 4
        default: 0
        }
    }

    /// The scalars of `text` when all are plain (one per Character), else nil; `knownPlain` spares the check.
    static func scalars(of text: String, knownPlain: Bool = false) -> [UInt32]? {
        var plain = true
        let decoded = text.utf8.withContiguousStorageIfAvailable { utf8 in
            [UInt32](unsafeUninitializedCapacity: utf8.count) { scalars, count in
                var i = 0
                while i < utf8.count {
                    let byte = utf8[i]
                    let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    guard i + length <= utf8.count else { plain = false; break }
                    var value = UInt32(byte) & (length == 1 ? 0x7F : length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                    for k in 1..<length { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
                    guard knownPlain || isPlain(value) else { plain = false; break }
                    scalars[count] = value
                    count += 1
                    i += length
                }
            }
        }
        if let decoded { return plain ? decoded : nil }
        var result: [UInt32] = []
        for scalar in text.unicodeScalars {
            guard isPlain(scalar.value) else { return nil }
            result.append(scalar.value)
        }
        return result
    }

    /// The scalar values of a word known to be plain, for searching scalar arrays.
    static func word(_ text: String) -> [UInt32] {
        let values = text.unicodeScalars.map(\.value)
        precondition(values.allSatisfy(isPlain), "search word \(text) is not plain text")
        return values
    }

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

    /// The string of some plain scalars.
    static func string(_ scalars: ArraySlice<UInt32>) -> String {
        var view = String.UnicodeScalarView()
        for value in scalars { view.append(Unicode.Scalar(value)!) }
        return String(view)
    }
}

/// What a byte search could say: where the needle is, that it is absent, or that Foundation must decide.
private enum ByteSearch {
    case found(Int)
    case absent
    case undecided
}

extension StringProtocol where Index == String.Index {
    /// Whether `needle` occurs in the text: Foundation's `contains(_:)`, by byte search whenever that agrees with it.
    func fastContains(_ needle: String) -> Bool {
        switch byteSearch(needle) {
        case .found: true
        case .absent: false
        case .undecided: range(of: needle) != nil
        }
    }

    /// The first occurrence of `needle`: Foundation's `range(of:)`, by byte search whenever that agrees with it.
    func fastRange(of needle: String) -> Range<Index>? {
        switch byteSearch(needle) {
        case .found(let offset):
            let lower = utf8.index(startIndex, offsetBy: offset)
            return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
        case .absent: return nil
        case .undecided: return range(of: needle)
        }
    }

    /// A byte search of plain text; undecided when either string is not plain or not contiguous UTF-8.
    private func byteSearch(_ needle: String) -> ByteSearch {
        let answer = utf8.withContiguousStorageIfAvailable { haystack -> ByteSearch in
            needle.utf8.withContiguousStorageIfAvailable { needle -> ByteSearch in
                guard PlainText.isPlain(needle) else { return .undecided }
                // Whatever canonically equals a plain string is at least as long in UTF-8, so no Foundation match either.
                if needle.count > haystack.count { return .absent }
                guard PlainText.isPlain(haystack) else { return .undecided }
                return PlainText.firstOffset(of: needle, in: haystack).map(ByteSearch.found) ?? .absent
            } ?? .undecided
        }
        return answer ?? .undecided
    }
}

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

/// A string prepared for several searches: whether byte search may answer them is decided once.
struct SearchText {
    /// The text searched.
    let text: String
    /// Whether every scalar of the text is plain.
    let isPlain: Bool

    /// Prepares `text`; `knownPlain` spares the check when the caller knows the text is plain.
    init(_ text: String, knownPlain: Bool = false) {
        self.text = text
        isPlain = knownPlain || text.utf8.withContiguousStorageIfAvailable({ PlainText.isPlain($0) }) ?? false
    }

    /// Whether `word` occurs: Foundation's `contains(_:)`, by byte search whenever that agrees with it.
    func contains(_ word: String) -> Bool {
        if isPlain, let found = text.utf8.withContiguousStorageIfAvailable({ haystack in
            word.utf8.withContiguousStorageIfAvailable { needle in
                PlainText.isPlain(needle) ? PlainText.firstOffset(of: needle, in: haystack) != nil : nil
            } ?? nil
        }) ?? nil {
            return found
        }
        return text.range(of: word) != nil
    }

    /// The first occurrence of `word`: Foundation's `range(of:)`, by byte search whenever that agrees with it.
    func range(of word: String) -> Range<String.Index>? {
        if isPlain, let found = text.utf8.withContiguousStorageIfAvailable({ haystack in
            word.utf8.withContiguousStorageIfAvailable { needle -> Int?? in
                PlainText.isPlain(needle) ? .some(PlainText.firstOffset(of: needle, in: haystack)) : .none
            } ?? .none
        }) ?? .none {
            guard let offset = found else { return nil }
            let lower = text.utf8.index(text.startIndex, offsetBy: offset)
            return lower..<text.utf8.index(lower, offsetBy: word.utf8.count)
        }
        return text.range(of: word)
    }

    /// Whether the text starts with `word`: `String.hasPrefix(_:)`, by comparing bytes whenever that agrees with it.
    func hasPrefix(_ word: String) -> Bool {
        // Plain scalars are whole Characters equal only to themselves, so Character and byte prefixes agree.
        if isPlain, let found = text.utf8.withContiguousStorageIfAvailable({ haystack in
            word.utf8.withContiguousStorageIfAvailable { prefix in
                PlainText.isPlain(prefix) ? prefix.count <= haystack.count && prefix.elementsEqual(haystack.prefix(prefix.count)) : nil
            } ?? nil
        }) ?? nil {
            return found
        }
        return text.hasPrefix(word)
    }
}
