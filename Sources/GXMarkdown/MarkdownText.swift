/// Turns report-supplied text into Markdown that renders as exactly that text, never as markup.
public enum MarkdownText {
    /// Returns `text` as literal Markdown inline content, with each whitespace run (newlines included) as one space.
    public static func escape(_ text: String) -> String {
        // Most of what reports hold (figures, names) needs no escaping: the text itself, without a copy.
        if text.utf8.allSatisfy({ !isMarkdownWhitespace($0) && !isASCIIPunctuation($0) }) { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        var inWhitespace = false
        // Working on UTF-8 bytes is safe: ASCII bytes never occur inside the
        // multi-byte sequence of a CJK character.
        for byte in text.utf8 {
            if isMarkdownWhitespace(byte) {
                // One space per run: a paragraph stays one paragraph, no line can
                // start with the four spaces of an indented code block, and no
                // line can end with the two spaces of a hard break. HTML collapses
                // the run to one space anyway, so nothing visible is lost.
                if !inWhitespace { output.append(UInt8(ascii: " ")) }
                inWhitespace = true
                continue
            }
            inWhitespace = false
            // CommonMark lets any ASCII punctuation be backslash-escaped, so
            // escaping all of it needs no judgement about which characters some
            // block rule, inline rule or extension happens to give meaning to
            // (`1.`, `#`, `>`, `|`, `&amp;`, `<script>`, `===`, `www.` ...).
            if isASCIIPunctuation(byte) { output.append(UInt8(ascii: "\\")) }
            output.append(byte)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Returns `text` as the content of one GFM table cell: literal, on one line, with `|` unable to split the cell.
    public static func tableCell(_ text: String) -> String {
        // escape() already turns `|` into `\|`, which the table extension keeps
        // inside the cell; trimming makes a blank cell come out empty, as the
        // table parser would trim it anyway.
        let escaped = escape(text)
        let bytes = escaped.utf8
        guard bytes.first == 0x20 || bytes.last == 0x20 else { return escaped }
        var cell = Substring(escaped)
        while cell.first == " " { cell.removeFirst() }
        while cell.last == " " { cell.removeLast() }
        return String(cell)
    }

    private static func isMarkdownWhitespace(_ byte: UInt8) -> Bool {
        // Space, tab, LF, VT, FF, CR: the characters cmark treats as whitespace
        // or line endings.
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    private static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte)
            || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }
}
