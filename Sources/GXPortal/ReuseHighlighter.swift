import CGXSystem
import GXReport
import GXReuse

/// Marks a report page's reused passages and common wording in the HTML of sections 一、五 and 六: a passage repeating
/// the agency's previous report or shared with another agency's report is a `mark` followed by links to the reports
/// it appears in; common wording is a muted `span`.
///
/// The page's HTML is walked, not its Markdown: only whole text runs between tags are wrapped, so the markup stays
/// well formed, and nothing of the report's own text is ever read as markup. Letters are counted as text reuse counts
/// them (`ComparableText.normalize`), tables skipped as the compared text skips them; a section whose letters do not
/// add up to its compared length is left unmarked rather than marked in the wrong place.
struct ReuseHighlighter {
    let reuse: ReportReuse
    /// The path from the report's page to the site's root.
    let root: String

    /// What a letter is marked as: nothing, common wording, or the first passage covering it.
    ///
    /// A number rather than an enum with a payload: a page holds one a letter, each compared with the last.
    fileprivate struct Kind: Equatable {
        /// The passage's index; -1 for nothing, -2 for common wording.
        let raw: Int32
        static let none = Kind(raw: -1), common = Kind(raw: -2)
        static func passage(_ n: Int) -> Kind { Kind(raw: Int32(n)) }
        /// The passage's index, nil when the letter is not in one.
        var passage: Int? { raw >= 0 ? Int(raw) : nil }
    }

    /// `html` with the compared sections' letters marked.
    ///
    /// The page is walked as UTF-8 bytes: every report page goes through here, and searching or stepping through a
    /// String of Chinese text costs many times more. Only the compared sections are copied out and decoded again; the
    /// rest of the page (its tables, most of it) is taken over as it is, with no second check of its UTF-8.
    func mark(_ html: String) -> String {
        guard !reuse.reuse.sections.isEmpty else { return html }
        var html = html
        html.makeContiguousUTF8()
        let kinds = kinds()
        let utf8 = html.utf8
        return utf8.withContiguousStorageIfAvailable { page -> String in
            var out = ""
            out.reserveCapacity(page.count + 4096)
            // Offsets in a contiguous UTF-8 string index it directly.
            func keep(_ range: Range<Int>) {
                out += html[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
            }
            var kept = 0
            for (section, compared) in reuse.reuse.sections.enumerated() {
                guard let title = Self.titles[compared.number], let body = Self.body(titled: title, in: page, from: kept) else { continue }
                keep(kept..<body.lowerBound)
                out += String(decoding: mark(ArraySlice(page[body]), section: section, kinds: kinds), as: UTF8.self)
                kept = body.upperBound
            }
            keep(kept..<page.count)
            return out
        } ?? html
    }

    private static let h2Open = Array("<h2".utf8), h2Close = Array("</h2>".utf8)
    /// The UTF-8 of each compared section's title, by its template number.
    private static let titles = Dictionary(uniqueKeysWithValues: ComparableText.comparedSections.map { ($0.rawValue, Array($0.title.utf8)) })

    /// The body of the section headed `<h2…>title</h2>` at or after `start` in `page`: from its heading's end to the
    /// next heading, or the page's end.
    ///
    /// The title is searched, not every heading: the search stops at each byte equal to the needle's last, and a
    /// Chinese title's last byte is rare in the tables between the compared sections, where `<`, `>` and digits are not.
    private static func body(titled title: [UInt8], in page: UnsafeBufferPointer<UInt8>, from start: Int) -> Range<Int>? {
        var at = start
        while let found = find(title, in: page, from: at) {
            at = found + 1
            let close = found + title.count
            guard found > start, page[found - 1] == 0x3E, page[close...].starts(with: h2Close) else { continue }
            // The element the title ends must be the heading: its opening tag is the last one before the title.
            guard let open = page[start..<(found - 1)].lastIndex(of: 0x3C), page[open...].starts(with: h2Open) else { continue }
            let bodyStart = close + h2Close.count
            return bodyStart..<(find(h2Open, in: page, from: bodyStart) ?? page.count)
        }
        return nil
    }

    /// Where `pattern` next starts in `bytes` at or after `start`.
    private static func find(_ pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start + pattern.count <= bytes.count else { return nil }
        // memchr for the pattern's last byte, then a comparison (gx_find): every report page is searched for its
        // compared sections, tens of kilobytes each, and a byte-by-byte loop took a large part of the marks' time.
        let found = pattern.withUnsafeBytes { gx_find(bytes.baseAddress! + start, bytes.count - start, $0.baseAddress!, $0.count) }
        return found < 0 ? nil : start + found
    }

    /// The kind of every unit of the compared text.
    private func kinds() -> [Kind] {
        var kinds = [Kind](repeating: .none, count: reuse.reuse.length)
        for run in reuse.reuse.common where run.upperBound <= kinds.count {
            for i in run { kinds[i] = .common }
        }
        for (n, p) in reuse.passages.enumerated().reversed() where p.passage.range.upperBound <= kinds.count {
            for i in p.passage.range { kinds[i] = .passage(n) }
        }
        return kinds
    }

    /// One section's HTML with its letters marked; unchanged when its letters do not match the compared text.
    private func mark(_ html: ArraySlice<UInt8>, section: Int, kinds: [Kind]) -> ArraySlice<UInt8> {
        let sections = reuse.reuse.sections
        let end = section + 1 < sections.count ? sections[section + 1].start - 1 : reuse.reuse.length
        var writer = SectionWriter(highlighter: self, html: html, kinds: kinds, unit: sections[section].start)
        var i = html.startIndex
        while i < html.endIndex {
            let byte = html[i]
            if byte == 0x3C {
                // A tag is taken whole: nothing in it is text.
                let end = html[i...].firstIndex(of: 0x3E) ?? html.endIndex - 1
                writer.tag(from: i, to: end)
                i = end + 1
            } else if byte == 0x26, let semicolon = html[i..<min(i + 12, html.endIndex)].firstIndex(of: 0x3B) {
                // An entity stands for one character: only punctuation is escaped, but it is decoded to be sure.
                writer.text(Self.decode(String(decoding: html[(i + 1)..<semicolon], as: UTF8.self)) ?? " ", at: i)
                i = semicolon + 1
            } else {
                let (scalar, length) = Self.scalar(in: html, at: i)
                writer.text(scalar, at: i)
                i += length
            }
        }
        writer.close(at: html.endIndex)
        writer.placeLinks()
        writer.copy(upTo: html.endIndex)
        return writer.unit == end ? writer.out[...] : html
    }

    /// The scalar whose UTF-8 encoding starts at `i`, and its length (a malformed byte reads as `?`, one byte long: not a
    /// letter, as the compared text, decoded with repairs, has none there either).
    @inline(__always)
    private static func scalar(in bytes: ArraySlice<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[i]
        // Chinese characters, most of the text, are three bytes long.
        if lead & 0xF0 == 0xE0, i + 3 <= bytes.endIndex {
            let value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 3)
        }
        let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= bytes.endIndex else { return (Unicode.Scalar(lead < 0x80 ? lead : 0x3F), 1) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for k in 1..<length { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Writes one section's HTML again, opening and closing marks as its letters change kind; text between marks is
    /// copied in slices.
    private struct SectionWriter {
        let highlighter: ReuseHighlighter
        let html: ArraySlice<UInt8>
        let kinds: [Kind]
        /// The compared unit the next letter stands for.
        var unit: Int
        var out: [UInt8] = []
        /// Where the HTML not yet copied starts.
        var copied: Int
        var current = Kind.none
        var tableDepth = 0, anchorDepth = 0
        /// The passage whose links are yet to be placed, and where in `out` they go.
        var pendingLinks: (passage: Int, at: Int)?

        init(highlighter: ReuseHighlighter, html: ArraySlice<UInt8>, kinds: [Kind], unit: Int) {
            (self.highlighter, self.html, self.kinds, self.unit) = (highlighter, html, kinds, unit)
            copied = html.startIndex
            out.reserveCapacity(html.count + 1024)
        }

        /// Copies the HTML up to `index`.
        mutating func copy(upTo index: Int) {
            if copied < index { out += html[copied..<index] }
            copied = index
        }

        private static let table = Array("table".utf8)

        /// Inserts `text` at `index`.
        mutating func insert(_ text: String, at index: Int) {
            guard !text.isEmpty else { return }
            copy(upTo: index)
            out += text.utf8
        }

        /// The tag from `start` (its `<`) to `end` (its `>`); a mark is closed before it, as tags may not cross.
        mutating func tag(from start: Int, to end: Int) {
            close(at: start)
            // Only tables and links matter: a tag is told by its name's first bytes (most are p or strong).
            let name = html[(start + 1)..<max(start + 1, end)]
            let closing = name.first == 0x2F
            let tagName = closing ? name.dropFirst() : name
            guard let first = tagName.first else { return }
            if first == 0x74, tagName.starts(with: Self.table) {
                tableDepth += closing ? -1 : 1
            } else if first == 0x61, tagName.count == 1 || tagName[tagName.startIndex + 1] == 0x20 {
                anchorDepth += closing ? -1 : 1
            }
        }

        /// A character of text at `index`; a letter outside tables takes its unit's mark.
        @inline(__always)
        mutating func text(_ character: Unicode.Scalar, at index: Int) {
            let count = tableDepth > 0 ? 0 : ComparableText.units(of: character)
            guard count > 0 else { return }
            let kind = unit < kinds.count ? kinds[unit] : .none
            if kind != current {
                close(at: index)
                if let n = kind.passage, pendingLinks?.passage == n {} else { placeLinks() }
                insert(highlighter.open(kind), at: index)
                current = kind
            }
            unit += count
        }

        /// Closes the open mark at `index`. A passage's links wait until it ends (a letter of another kind, or the
        /// section's end): a passage running across paragraphs is marked in each but linked once, after its last letter.
        mutating func close(at index: Int) {
            if current == .common {
                insert("</span>", at: index)
            } else if let n = current.passage {
                insert("</mark>", at: index)
                if pendingLinks?.passage != n { placeLinks() }
                // Not inside a link of the text: links do not nest.
                pendingLinks = anchorDepth == 0 ? (n, out.count) : nil
            }
            current = .none
        }

        /// Puts the waiting passage's links where its last mark closed.
        mutating func placeLinks() {
            guard let (n, at) = pendingLinks else { return }
            out.insert(contentsOf: highlighter.links(n).utf8, at: at)
            pendingLinks = nil
        }
    }


    /// The opening tag of `kind`.
    fileprivate func open(_ kind: Kind) -> String {
        if kind == .common { return "<span class=\"reuse-common\">" }
        guard let n = kind.passage else { return "" }
        let p = reuse.passages[n]
        let what = p.fromPrevious ? "reuse-previous" : "reuse-shared"
        return "<mark class=\"reuse \(what)\" title=\"\(escape(Self.title(p)))\">"
    }

    /// The links after passage `n`: to every report sharing exactly its letters. Kept out of the search index: they name
    /// other reports, and a search for another agency must not find this report by them.
    fileprivate func links(_ n: Int) -> String {
        let range = reuse.passages[n].passage.range
        var seen: Set<String> = []
        var out = ""
        for p in reuse.passages where p.passage.range == range && !p.link.page.isEmpty && seen.insert(p.link.id).inserted {
            out += "<a class=\"reuse-source\" data-pagefind-ignore href=\"\(escape(root + p.link.page + "index.html"))\" title=\""
                + escape(Self.title(p)) + "\">〔\(p.link.year)年\(p.fromPrevious ? "" : escape(p.link.agency))〕</a>"
        }
        return out
    }

    /// `text` escaped for HTML text and attributes.
    private func escape(_ text: String) -> String { HTMLEscaping().escapeText(text) }

    /// What a passage's mark says.
    static func title(_ p: ReportReuse.Passage) -> String {
        p.fromPrevious ? "与本机关\(p.link.year)年度报告相同" : "与\(p.link.agency)\(p.link.year)年度报告相同"
    }

    /// The character an entity name (without & and ;) stands for.
    private static func decode(_ name: String) -> Unicode.Scalar? {
        switch name {
        case "amp": "&"
        case "lt": "<"
        case "gt": ">"
        case "quot": "\""
        case "apos", "#39": "'"
        default:
            if name.hasPrefix("#x") || name.hasPrefix("#X") { UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init) }
            else if name.hasPrefix("#") { UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init) }
            else { nil }
        }
    }
}
