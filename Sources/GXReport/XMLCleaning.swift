/// The XML rewrites of `DocxCleaner`: a byte-level pass over tags that keeps every other byte as it is.
///
/// Parts of a DOCX are well-formed XML without a DTD, so a scanner that knows start, end and empty
/// tags, comments, CDATA and processing instructions is enough; text and untouched tags are copied
/// verbatim, so the document's text stays exactly what it was.
enum XMLCleaning {
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// What happens to an element.
    enum Action {
        /// Written as it is (attributes may be filtered).
        case keep
        /// Removed with everything inside.
        case drop
        /// Its tags removed, its content kept.
        case unwrap
    }

    /// The rules of one kind of part.
    struct Rules {
        /// The action for an element, by prefix and local name.
        var action: (_ prefix: Substring, _ local: Substring, _ attributes: [(name: String, value: String)]) -> Action
        /// Whether an attribute is removed from kept elements.
        var dropsAttribute: (_ name: Substring) -> Bool = { _ in false }
        /// The prefix of WordprocessingML, for the deleted-row rule; nil outside Word parts.
        var word: Substring?
    }

    /// Relationship types whose targets are removed.
    static let removedRelationships: Set<String> = [
        "comments", "commentsExtended", "commentsIds", "commentsExtensible", "people", "custom-properties", "attachedTemplate",
    ]

    /// Core properties kept: what the document is, not who made it or when.
    static let keptCoreProperties: Set<Substring> = ["coreProperties", "title", "subject", "language"]

    /// Extended properties removed: who, where and with what the document was edited.
    static let removedAppProperties: Set<Substring> = [
        "Company", "Manager", "Template", "TotalTime", "HyperlinkBase", "HLinks", "Application", "AppVersion", "DocSecurity",
    ]

    /// Word elements removed with their content: deletions, moved-away text, comment anchors, change records, revision ids.
    static let droppedWordElements: Set<Substring> = [
        "del", "moveFrom", "commentRangeStart", "commentRangeEnd", "commentReference",
        "moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd",
        "rPrChange", "pPrChange", "sectPrChange", "tblPrChange", "trPrChange", "tcPrChange", "tblGridChange", "tblPrExChange",
        "numberingChange", "customXmlDelRangeStart", "customXmlDelRangeEnd", "customXmlInsRangeStart", "customXmlInsRangeEnd",
        "customXmlMoveFromRangeStart", "customXmlMoveFromRangeEnd", "customXmlMoveToRangeStart", "customXmlMoveToRangeEnd",
        "rsids", "trackRevisions", "attachedTemplate",
    ]

    /// The cleaned bytes of a part; the part unchanged when no rule applies; nil when it is not well-formed.
    static func clean(part path: String, _ bytes: [UInt8], removedParts: Set<String>) -> [UInt8]? {
        let lower = path.lowercased()
        if lower == "docprops/core.xml" {
            return rewrite(bytes, Rules(action: { _, local, _ in keptCoreProperties.contains(local) ? .keep : .drop }))
        }
        if lower == "docprops/app.xml" {
            return rewrite(bytes, Rules(action: { _, local, _ in removedAppProperties.contains(local) ? .drop : .keep }))
        }
        if lower == "[content_types].xml" {
            let removed = Set(removedParts.map { "/" + $0.lowercased() })
            return rewrite(bytes, Rules(action: { _, local, attributes in
                local == "Override" && attributes.contains { $0.name == "PartName" && removed.contains($0.value.lowercased()) } ? .drop : .keep
            }))
        }
        if lower.hasSuffix(".rels") {
            return rewrite(bytes, Rules(action: { _, local, attributes in
                guard local == "Relationship", let type = attributes.first(where: { $0.name == "Type" })?.value else { return .keep }
                let last = type.split(separator: "/").last.map(String.init) ?? ""
                return removedRelationships.contains(last) ? .drop : .keep
            }))
        }
        if lower.hasPrefix("word/"), lower.hasSuffix(".xml") {
            guard let w = wordPrefix(bytes) else { return bytes }
            return rewrite(bytes, Rules(
                action: { prefix, local, _ in
                    guard prefix == w else { return .keep }
                    if droppedWordElements.contains(local) { return .drop }
                    return local == "ins" || local == "moveTo" ? .unwrap : .keep
                },
                dropsAttribute: { name in name.hasPrefix(w + ":rsid") },
                word: w))
        }
        return bytes
    }

    /// The prefix bound to the WordprocessingML namespace on the root element, nil when the part is not Word's.
    static func wordPrefix(_ bytes: [UInt8]) -> Substring? {
        var i = 0
        while let tag = Tag.next(in: bytes, from: i) {
            if tag.kind == .start || tag.kind == .empty {
                for a in tag.attributes(bytes) where a.value == wordNamespace {
                    if a.name == "xmlns" { return "" }
                    if a.name.hasPrefix("xmlns:") { return Substring(a.name.dropFirst(6)) }
                }
                return nil
            }
            i = tag.end
        }
        return nil
    }

    /// One pass over `bytes` applying `rules`; nil when the XML is not well-formed enough to rewrite.
    static func rewrite(_ bytes: [UInt8], _ rules: Rules) -> [UInt8]? {
        var state = RewriteState(capacity: bytes.count)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else {
                let next = bytes[i...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                if state.skipping == 0 { state.out += bytes[i..<next] }
                i = next
                continue
            }
            guard let tag = Tag.next(in: bytes, from: i), tag.start == i else { return nil }
            i = tag.end
            switch tag.kind {
            case .other:
                if state.skipping == 0 { state.out += bytes[tag.start..<tag.end] }
            case .start, .empty:
                state.startElement(tag, in: bytes, rules)
            case .end:
                guard state.endElement(tag, in: bytes) else { return nil }
            }
        }
        return state.stack.isEmpty && state.skipping == 0 ? state.out : nil
    }

    /// An element `rewrite` has seen start and not yet end, unless it was dropped.
    private struct Open {
        var name: [UInt8]
        var action: Action
        /// Where the element starts in the output, to take a deleted row back out.
        var outputStart: Int
        var deleted = false
    }

    /// What `rewrite` carries from tag to tag.
    private struct RewriteState {
        /// The rewritten bytes so far.
        var out: [UInt8] = []
        /// The kept and unwrapped elements open at this point.
        var stack: [Open] = []
        /// How deep inside a dropped element the scan is; 0 outside.
        var skipping = 0

        /// An empty state, its output sized for `capacity` bytes (the input's size: cleaning mostly keeps them all).
        init(capacity: Int) {
            out.reserveCapacity(capacity)
        }

        /// A start or empty tag: nested in a dropped element it is skipped, else the rules keep, drop or unwrap it.
        mutating func startElement(_ tag: Tag, in bytes: [UInt8], _ rules: Rules) {
            if skipping > 0 {
                if tag.kind == .start { skipping += 1 }
                return
            }
            let name = tag.name(bytes)
            let (prefix, local) = XMLCleaning.split(name)
            let action = rules.action(prefix, local, tag.attributes(bytes))
            // A deletion mark in a table row's properties deletes the row.
            if let w = rules.word, prefix == w, local == "del", stack.count >= 2,
               stack[stack.count - 1].name.elementsEqual((w.isEmpty ? "trPr" : w + ":trPr").utf8),
               stack[stack.count - 2].name.elementsEqual((w.isEmpty ? "tr" : w + ":tr").utf8) {
                stack[stack.count - 2].deleted = true
            }
            switch action {
            case .drop:
                if tag.kind == .start { skipping = 1 }
            case .unwrap:
                if tag.kind == .start { stack.append(Open(name: Array(name.utf8), action: .unwrap, outputStart: out.count)) }
            case .keep:
                if tag.kind == .start { stack.append(Open(name: Array(name.utf8), action: .keep, outputStart: out.count)) }
                out += tag.filtered(bytes, dropping: rules.dropsAttribute)
            }
        }

        /// An end tag: closes a dropped element's nesting or the innermost open element; false when it does not match.
        mutating func endElement(_ tag: Tag, in bytes: [UInt8]) -> Bool {
            if skipping > 0 {
                skipping -= 1
                return true
            }
            guard let open = stack.popLast(), open.name.elementsEqual(tag.name(bytes).utf8) else { return false }
            if open.deleted {
                out.removeSubrange(open.outputStart...)
            } else if open.action == .keep {
                out += bytes[tag.start..<tag.end]
            }
            return true
        }
    }

    /// `w:tbl` → ("w", "tbl"); `tbl` → ("", "tbl").
    static func split(_ name: String) -> (Substring, Substring) {
        guard let colon = name.firstIndex(of: ":") else { return ("", Substring(name)) }
        return (name[..<colon], name[name.index(after: colon)...])
    }

    /// One markup construct found by the scanner.
    struct Tag {
        enum Kind { case start, end, empty, other }
        var kind: Kind
        /// Index of `<`.
        var start: Int
        /// Index after the closing `>`.
        var end: Int

        /// The next construct at or after `from`, nil at the end or when it is not closed.
        static func next(in b: [UInt8], from: Int) -> Tag? {
            guard let start = b[from...].firstIndex(of: UInt8(ascii: "<")) else { return nil }
            func find(_ s: String, after: Int) -> Int? {
                let needle = Array(s.utf8)
                var j = after
                while j + needle.count <= b.count {
                    if b[j] == needle[0], b[j..<(j + needle.count)].elementsEqual(needle) { return j + needle.count }
                    j += 1
                }
                return nil
            }
            func starts(_ s: String) -> Bool {
                let p = Array(s.utf8)
                return start + p.count <= b.count && b[start..<(start + p.count)].elementsEqual(p)
            }
            if starts("<!--") { return find("-->", after: start + 4).map { Tag(kind: .other, start: start, end: $0) } }
            if starts("<![CDATA[") { return find("]]>", after: start + 9).map { Tag(kind: .other, start: start, end: $0) } }
            if starts("<?") { return find("?>", after: start + 2).map { Tag(kind: .other, start: start, end: $0) } }
            if starts("<!") { return find(">", after: start + 2).map { Tag(kind: .other, start: start, end: $0) } }
            var j = start + 1
            var quote: UInt8 = 0
            while j < b.count {
                let c = b[j]
                if quote != 0 {
                    if c == quote { quote = 0 }
                } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    quote = c
                } else if c == UInt8(ascii: ">") {
                    let kind: Kind = b[start + 1] == UInt8(ascii: "/") ? .end : b[j - 1] == UInt8(ascii: "/") ? .empty : .start
                    return Tag(kind: kind, start: start, end: j + 1)
                }
                j += 1
            }
            return nil
        }

        static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D }

        /// The qualified name.
        func name(_ b: [UInt8]) -> String {
            var j = start + (kind == .end ? 2 : 1)
            let from = j
            while j < end - 1, !Self.isSpace(b[j]), b[j] != UInt8(ascii: "/"), b[j] != UInt8(ascii: ">") { j += 1 }
            return String(decoding: b[from..<j], as: UTF8.self)
        }

        /// The attributes with their raw byte ranges, in order.
        func attributeRanges(_ b: [UInt8]) -> [(name: String, value: String, range: Range<Int>)] {
            var result: [(String, String, Range<Int>)] = []
            var j = start + 1
            while j < end, !Self.isSpace(b[j]), b[j] != UInt8(ascii: "/"), b[j] != UInt8(ascii: ">") { j += 1 }
            while j < end {
                let spaceStart = j
                while j < end, Self.isSpace(b[j]) { j += 1 }
                let nameStart = j
                while j < end, b[j] != UInt8(ascii: "="), !Self.isSpace(b[j]), b[j] != UInt8(ascii: "/"), b[j] != UInt8(ascii: ">") { j += 1 }
                guard j > nameStart else { break }
                let name = String(decoding: b[nameStart..<j], as: UTF8.self)
                while j < end, Self.isSpace(b[j]) { j += 1 }
                guard j < end, b[j] == UInt8(ascii: "=") else { break }
                j += 1
                while j < end, Self.isSpace(b[j]) { j += 1 }
                guard j < end, b[j] == UInt8(ascii: "\"") || b[j] == UInt8(ascii: "'") else { break }
                let quote = b[j]
                let valueStart = j + 1
                guard let close = b[valueStart..<end].firstIndex(of: quote) else { break }
                result.append((name, String(decoding: b[valueStart..<close], as: UTF8.self), spaceStart..<(close + 1)))
                j = close + 1
            }
            return result
        }

        /// The attributes, values as written (entities not expanded; the rules compare plain ASCII values).
        func attributes(_ b: [UInt8]) -> [(name: String, value: String)] {
            attributeRanges(b).map { ($0.name, $0.value) }
        }

        /// The tag's bytes without the attributes `dropping` names; the same bytes when none is dropped.
        func filtered(_ b: [UInt8], dropping: (Substring) -> Bool) -> ArraySlice<UInt8> {
            let ranges = attributeRanges(b).filter { dropping(Substring($0.name)) }.map(\.range)
            guard !ranges.isEmpty else { return b[start..<end] }
            var out: [UInt8] = []
            var j = start
            for r in ranges {
                out += b[j..<r.lowerBound]
                j = r.upperBound
            }
            out += b[j..<end]
            return out[...]
        }
    }
}
