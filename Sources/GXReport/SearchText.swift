import Foundation

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
