import Foundation

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
