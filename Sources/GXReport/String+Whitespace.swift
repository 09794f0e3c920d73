extension String {
    /// The string without leading and trailing white space, including U+3000 and U+00A0.
    func trimmingWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isReportWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isReportWhitespace })!
        return String(scalars[first...last])
    }

    /// The string with every white space character removed, for comparing labels.
    func removingWhitespace() -> String {
        var out = String.UnicodeScalarView()
        for s in unicodeScalars where !s.isReportWhitespace { out.append(s) }
        return String(out)
    }
}

extension Unicode.Scalar {
    /// White space as it appears in reports: ASCII space and tab, NBSP, ideographic space, BOM and friends.
    var isReportWhitespace: Bool {
        switch value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C, 0xA0, 0x3000, 0xFEFF, 0x200B, 0x2002...0x200A: return true
        default: return false
        }
    }
}
