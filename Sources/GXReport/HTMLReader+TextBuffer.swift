extension HTMLReader {
    /// Text as a browser shows it: runs of ASCII white space collapse to one space, none at line ends.
    /// NBSP and U+3000 are content, not layout, and are kept (they mark blank cells in reports).
    struct TextBuffer {
        var scalars = String.UnicodeScalarView()
        private var pendingSpace = false
        private var atLineStart = true
        private(set) var visible = false

        mutating func append(_ text: String) {
            for scalar in text.unicodeScalars {
                switch scalar.value {
                case 0x20, 0x09, 0x0A, 0x0C, 0x0D:
                    if !atLineStart { pendingSpace = true }
                default:
                    if pendingSpace { scalars.append(" ") }
                    pendingSpace = false
                    atLineStart = false
                    scalars.append(scalar)
                    if !scalar.isReportWhitespace { visible = true }
                }
            }
        }

        /// A block boundary: a new line unless the current one is still empty.
        mutating func softBreak() {
            if !atLineStart { hardBreak() }
        }

        /// `<br>`: always a new line.
        mutating func hardBreak() {
            if !scalars.isEmpty { scalars.append("\n") }
            atLineStart = true
            pendingSpace = false
        }

        /// The text without line breaks at either end.
        var text: String {
            var s = Substring(String(scalars))
            while s.last == "\n" { s = s.dropLast() }
            while s.first == "\n" { s = s.dropFirst() }
            return String(s)
        }
    }
}
