/// cmark-gfm's escaping of a text node in HTML (its `houdini_escape_html0` without the secure flag: `"`, `&`, `<` and
/// `>` become entities, `'` and `/` stay), done here for table cells that hold only text, where a call into cmark-gfm
/// per cell would cost more than the rest of the page. `MarkdownTableTests` checks it against cmark-gfm's own output.
enum CellText {
    /// Appends the NUL-terminated UTF-8 `literal`, escaped, to `out`.
    static func appendEscaped(_ literal: UnsafePointer<CChar>, to out: inout String) {
        let text = String(cString: literal)
        guard text.utf8.contains(where: { $0 == 0x22 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E }) else {
            out += text
            return
        }
        // `&` first, so the entities the others become are not escaped again.
        out += text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
