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

    /// What a letter is marked as.
    fileprivate enum Kind: Equatable {
        case none, common
        /// Index of the first passage covering it.
        case passage(Int)
    }

    /// `html` with the compared sections' letters marked.
    func mark(_ html: String) -> String {
        let titles = Dictionary(uniqueKeysWithValues: ComparableText.comparedSections.map { ($0.title, $0.rawValue) })
        var out = ""
        out.reserveCapacity(html.utf8.count + 4096)
        var rest = html[...]
        var section = 0
        let kinds = kinds()
        while let open = rest.range(of: "<h2") {
            guard let close = rest[open.upperBound...].range(of: "</h2>") else { break }
            let heading = rest[open.lowerBound..<close.upperBound]
            let text = heading.replacing(/<[^>]*>/, with: "")
            let end = rest[close.upperBound...].range(of: "<h2")?.lowerBound ?? rest.endIndex
            out += rest[..<close.upperBound]
            let body = rest[close.upperBound..<end]
            if let number = titles[String(text)], section < reuse.reuse.sections.count,
               reuse.reuse.sections[section].number == number {
                out += mark(body, section: section, kinds: kinds)
                section += 1
            } else {
                out += body
            }
            rest = rest[end...]
        }
        return out + rest
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
    private func mark(_ html: Substring, section: Int, kinds: [Kind]) -> Substring {
        let sections = reuse.reuse.sections
        let end = section + 1 < sections.count ? sections[section + 1].start - 1 : reuse.reuse.length
        var writer = SectionWriter(highlighter: self, kinds: kinds, unit: sections[section].start)
        var scalars = html.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if writer.inTag || scalar == "<" {
                writer.tag(scalar)
                continue
            }
            // An entity stands for one character: only punctuation is escaped, but it is decoded to be sure.
            if scalar == "&", let semicolon = scalars.prefix(10).firstIndex(of: ";") {
                let name = String(scalars[..<semicolon])
                scalars = scalars[scalars.index(after: semicolon)...]
                writer.text(Self.decode(name) ?? " ", written: "&" + name + ";")
            } else {
                writer.text(scalar, written: String(scalar))
            }
        }
        writer.close()
        return writer.unit == end ? writer.out[...] : html
    }

    /// Writes one section's HTML again, opening and closing marks as its letters change kind.
    private struct SectionWriter {
        let highlighter: ReuseHighlighter
        let kinds: [Kind]
        /// The compared unit the next letter stands for.
        var unit: Int
        var out = ""
        var current = Kind.none
        var inTag = false
        var tableDepth = 0, anchorDepth = 0
        var tagText = ""

        /// A character of a tag (or the `<` opening one): copied; a mark is closed before it, as tags may not cross.
        mutating func tag(_ scalar: Unicode.Scalar) {
            if !inTag {
                close()
                inTag = true
                tagText = ""
                out.unicodeScalars.append(scalar)
                return
            }
            out.unicodeScalars.append(scalar)
            guard scalar == ">" else { tagText.unicodeScalars.append(scalar); return }
            inTag = false
            let name = tagText.lowercased()
            if name.hasPrefix("table") { tableDepth += 1 } else if name.hasPrefix("/table") { tableDepth -= 1 }
            if name == "a" || name.hasPrefix("a ") { anchorDepth += 1 } else if name.hasPrefix("/a") { anchorDepth -= 1 }
        }

        /// A character of text, `written` as the HTML had it; a letter outside tables takes its unit's mark.
        mutating func text(_ character: Unicode.Scalar, written: String) {
            let count = tableDepth > 0 ? 0 : ComparableText.normalized(String(character)).count
            if count > 0 {
                let kind = unit < kinds.count ? kinds[unit] : .none
                if kind != current {
                    close()
                    out += highlighter.open(kind)
                    current = kind
                }
                unit += count
            }
            out += written
        }

        /// Closes the open mark, following a passage with its links (not inside a link of the text).
        mutating func close() {
            switch current {
            case .none: break
            case .common: out += "</span>"
            case .passage(let n):
                out += "</mark>"
                if anchorDepth == 0 { out += highlighter.links(n) }
            }
            current = .none
        }
    }

    /// The opening tag of `kind`.
    fileprivate func open(_ kind: Kind) -> String {
        switch kind {
        case .none: return ""
        case .common: return "<span class=\"reuse-common\">"
        case .passage(let n):
            let p = reuse.passages[n]
            let what = p.fromPrevious ? "reuse-previous" : "reuse-shared"
            return "<mark class=\"reuse \(what)\" title=\"\(escape(Self.title(p)))\">"
        }
    }

    /// The links after passage `n`: to every report sharing exactly its letters.
    fileprivate func links(_ n: Int) -> String {
        let range = reuse.passages[n].passage.range
        var seen: Set<String> = []
        var out = ""
        for p in reuse.passages where p.passage.range == range && !p.link.page.isEmpty && seen.insert(p.link.id).inserted {
            out += "<a class=\"reuse-source\" href=\"\(escape(root + p.link.page))\" title=\""
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
