extension String {
    /// The string without leading and trailing white space, including U+3000 and U+00A0.
    func trimmingWhitespace() -> String {
        // Most text has nothing to trim: its first and last scalars settle that without walking the view.
        if utf8.withContiguousStorageIfAvailable({ Self.hasOuterWhitespace($0) }) == false { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isReportWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isReportWhitespace })!
        // Nothing to trim after all: share the text rather than copy it.
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return self }
        return String(scalars[first...last])
    }

    /// Whether the string is empty or all white space, i.e. `trimmingWhitespace().isEmpty`.
    var isAllWhitespace: Bool {
        utf8.withContiguousStorageIfAvailable { Self.isAllWhitespace($0) } ?? unicodeScalars.allSatisfy(\.isReportWhitespace)
    }

    /// The string with every white space character removed, for comparing labels.
    func removingWhitespace() -> String {
        let spaced = utf8.withContiguousStorageIfAvailable { Self.containsWhitespace($0) } ?? unicodeScalars.contains(where: \.isReportWhitespace)
        guard spaced else { return self }
        var out = String.UnicodeScalarView()
        for s in unicodeScalars where !s.isReportWhitespace { out.append(s) }
        return String(out)
    }

    /// Whether some UTF-8 is one line (no LF) that is not empty and neither starts nor ends with white space.
    static func isOneTrimmedLine(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        !hasOuterWhitespace(utf8) && !utf8.contains(0x0A)
    }

    /// Whether some UTF-8 is empty or starts or ends with white space.
    private static func hasOuterWhitespace(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !utf8.isEmpty else { return true }
        var last = utf8.count - 1
        while last > 0, utf8[last] & 0xC0 == 0x80 { last -= 1 }
        return Unicode.Scalar.isReportWhitespace(scalar(at: 0, in: utf8)) || Unicode.Scalar.isReportWhitespace(scalar(at: last, in: utf8))
    }

    /// Whether some UTF-8 holds nothing but white space.
    private static func isAllWhitespace(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            if byte < 0x80 {
                guard Unicode.Scalar.isReportWhitespace(UInt32(byte)) else { return false }
                i += 1
                continue
            }
            guard byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF, Unicode.Scalar.isReportWhitespace(scalar(at: i, in: utf8)) else {
                return false
            }
            i += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        }
        return true
    }

    /// Whether some UTF-8 holds a white space scalar.
    private static func containsWhitespace(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < utf8.count {
            let byte = utf8[i]
            if byte < 0x80 {
                if Unicode.Scalar.isReportWhitespace(UInt32(byte)) { return true }
                i += 1
                continue
            }
            // Only these lead bytes start a non-ASCII white space scalar (U+00A0, U+2002…200B, U+3000, U+FEFF).
            if byte == 0xC2 || byte == 0xE2 || byte == 0xE3 || byte == 0xEF, Unicode.Scalar.isReportWhitespace(scalar(at: i, in: utf8)) {
                return true
            }
            i += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        }
        return false
    }

    /// The scalar value starting at `i` in valid UTF-8.
    private static func scalar(at i: Int, in utf8: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let byte = utf8[i]
        if byte < 0x80 { return UInt32(byte) }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<Swift.min(length, utf8.count - i) { value = value << 6 | UInt32(utf8[i + k] & 0x3F) }
        return value
    }
}

extension Unicode.Scalar {
    /// White space as it appears in reports: ASCII space and tab, NBSP, ideographic space, BOM and friends.
    var isReportWhitespace: Bool {
        Self.isReportWhitespace(value)
    }

    /// `isReportWhitespace` of a scalar value.
    static func isReportWhitespace(_ value: UInt32) -> Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000, 0xFEFF, 0x200B, 0x2002...0x200A: return true
        default: return false
        }
    }
}

extension StringProtocol {
    /// Whether the text has at most `limit` Characters, usually without counting them all;
    /// `plain` says the text is known to be plain (see `PlainText`), so that Characters are scalars.
    func hasAtMostCharacters(_ limit: Int, plain: Bool = false) -> Bool {
        if utf8.count <= limit { return true }
        if plain {
            // A scalar is at most four bytes; otherwise count the bytes that start one.
            if utf8.count > 4 * limit { return false }
            if let count = utf8.withContiguousStorageIfAvailable({ $0.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } }) {
                return count <= limit
            }
            return unicodeScalars.count <= limit
        }
        // Plain scalars are one Character each and never join their neighbours (see `PlainText`),
        // so more than `limit` of them in a row settles it; a plain text's count is its scalar count.
        var plain = 0
        for scalar in unicodeScalars {
            guard PlainText.isPlain(scalar.value) else { return count <= limit }
            plain += 1
            if plain > limit { return false }
        }
        return true
    }
}
