extension HTMLReader {
    /// A piece of HTML: a start tag, an end tag, or text with character references decoded.
    enum Token: Equatable {
        case start(name: String, attributes: [String: String], selfClosing: Bool)
        case end(String)
        case text(String)
    }

    /// Splits HTML into tokens in one forward pass over the UTF-8 bytes, never looking back.
    ///
    /// It is tolerant the way browsers are: names are lower-cased, `<` that opens no tag is text,
    /// comments, doctypes and processing instructions vanish, and the content of script-like
    /// elements is skipped without being parsed.
    struct Tokenizer {
        /// Only these attributes matter for reading a report; the rest are not kept.
        static let keptAttributes: Set<String> = ["class", "id", "rowspan", "colspan"]
        /// Elements whose content is not markup and not report text.
        static let skippedContent: Set<String> = ["script", "style", "title", "textarea", "xmp", "noscript", "noembed", "noframes", "iframe"]

        let bytes: [UInt8]

        init(_ html: String) {
            bytes = Array(html.utf8)
        }

        func tokens() -> [Token] {
            var tokens: [Token] = []
            let n = bytes.count
            var i = 0
            var textStart = 0

            func flushText(upTo end: Int) {
                if end > textStart { tokens.append(.text(HTMLReader.decodeEntities(bytes[textStart..<end]))) }
            }

            while i < n {
                guard bytes[i] == UInt8(ascii: "<"), i + 1 < n else { i += 1; continue }
                let next = bytes[i + 1]
                if Self.isLetter(next) {
                    flushText(upTo: i)
                    let (token, end) = startTag(at: i + 1)
                    i = end
                    textStart = end
                    guard let token else { break }
                    tokens.append(token)
                    if case .start(let name, _, let selfClosing) = token, !selfClosing, Self.skippedContent.contains(name) {
                        i = endOfSkippedContent(name, from: i)
                        textStart = i
                        tokens.append(.end(name))
                    }
                } else if next == UInt8(ascii: "/") {
                    flushText(upTo: i)
                    if i + 2 < n, Self.isLetter(bytes[i + 2]) {
                        var j = i + 2
                        while j < n, !Self.isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "/") { j += 1 }
                        tokens.append(.end(Self.lowercased(bytes[(i + 2)..<j])))
                        i = skip(past: UInt8(ascii: ">"), from: j)
                    } else {
                        i = skip(past: UInt8(ascii: ">"), from: i + 2)
                    }
                    textStart = i
                } else if next == UInt8(ascii: "!") {
                    flushText(upTo: i)
                    i = endOfMarkupDeclaration(at: i, tokens: &tokens)
                    textStart = i
                } else if next == UInt8(ascii: "?") {
                    flushText(upTo: i)
                    i = skip(past: UInt8(ascii: ">"), from: i + 2)
                    textStart = i
                } else {
                    i += 1
                }
            }
            flushText(upTo: min(i, n))
            return tokens
        }

        /// Parses a start tag whose name begins at `start`; returns nil when the input ends inside the tag.
        private func startTag(at start: Int) -> (Token?, Int) {
            let n = bytes.count
            var j = start
            while j < n, !Self.isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "/") { j += 1 }
            let name = Self.lowercased(bytes[start..<j])
            var attributes: [String: String] = [:]
            var selfClosing = false
            while j < n {
                let b = bytes[j]
                if Self.isSpace(b) { j += 1; continue }
                if b == UInt8(ascii: ">") { return (.start(name: name, attributes: attributes, selfClosing: selfClosing), j + 1) }
                if b == UInt8(ascii: "/") { selfClosing = true; j += 1; continue }
                selfClosing = false
                let nameStart = j
                while j < n, !Self.isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "="),
                      bytes[j] != UInt8(ascii: "/") { j += 1 }
                let attributeName = Self.lowercased(bytes[nameStart..<j])
                while j < n, Self.isSpace(bytes[j]) { j += 1 }
                var value = ""
                if j < n, bytes[j] == UInt8(ascii: "=") {
                    j += 1
                    while j < n, Self.isSpace(bytes[j]) { j += 1 }
                    guard j < n else { break }
                    let quote = bytes[j]
                    let valueStart: Int
                    let valueEnd: Int
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        valueStart = j + 1
                        j = valueStart
                        while j < n, bytes[j] != quote { j += 1 }
                        valueEnd = j
                        if j < n { j += 1 }
                    } else {
                        valueStart = j
                        while j < n, !Self.isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                        valueEnd = j
                    }
                    if Self.keptAttributes.contains(attributeName) {
                        value = HTMLReader.decodeEntities(bytes[valueStart..<valueEnd])
                    }
                }
                if Self.keptAttributes.contains(attributeName), attributes[attributeName] == nil {
                    attributes[attributeName] = value
                }
            }
            // The input ended inside the tag: browsers drop such a tag and everything after it.
            return (nil, n)
        }

        /// The index after `</name…>` closing a skipped element, or the end of the input.
        private func endOfSkippedContent(_ name: String, from start: Int) -> Int {
            let n = bytes.count
            let target = Array(name.utf8)
            var j = start
            while j < n {
                if bytes[j] == UInt8(ascii: "<"), j + 1 < n, bytes[j + 1] == UInt8(ascii: "/"), j + 2 + target.count <= n {
                    var matches = true
                    for (k, t) in target.enumerated() where Self.lower(bytes[j + 2 + k]) != t {
                        matches = false
                        break
                    }
                    let after = j + 2 + target.count
                    if matches, after == n || Self.isSpace(bytes[after]) || bytes[after] == UInt8(ascii: ">") || bytes[after] == UInt8(ascii: "/") {
                        return skip(past: UInt8(ascii: ">"), from: after)
                    }
                }
                j += 1
            }
            return n
        }

        /// Skips `<!-- … -->`, `<!DOCTYPE …>` and the like; CDATA content is text.
        private func endOfMarkupDeclaration(at start: Int, tokens: inout [Token]) -> Int {
            let n = bytes.count
            if hasPrefix("<!--", at: start) {
                var j = start + 4
                while j + 2 < n {
                    if bytes[j] == UInt8(ascii: "-"), bytes[j + 1] == UInt8(ascii: "-"), bytes[j + 2] == UInt8(ascii: ">") { return j + 3 }
                    j += 1
                }
                return n
            }
            if hasPrefix("<![CDATA[", at: start) {
                var j = start + 9
                while j + 2 < n {
                    if bytes[j] == UInt8(ascii: "]"), bytes[j + 1] == UInt8(ascii: "]"), bytes[j + 2] == UInt8(ascii: ">") {
                        tokens.append(.text(String(decoding: bytes[(start + 9)..<j], as: UTF8.self)))
                        return j + 3
                    }
                    j += 1
                }
                return n
            }
            return skip(past: UInt8(ascii: ">"), from: start + 2)
        }

        private func hasPrefix(_ prefix: String, at index: Int) -> Bool {
            var j = index
            for b in prefix.utf8 {
                guard j < bytes.count, Self.lower(bytes[j]) == Self.lower(b) else { return false }
                j += 1
            }
            return true
        }

        private func skip(past byte: UInt8, from start: Int) -> Int {
            var j = start
            while j < bytes.count, bytes[j] != byte { j += 1 }
            return min(j + 1, bytes.count)
        }

        static func isLetter(_ b: UInt8) -> Bool {
            (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
        }

        static func isSpace(_ b: UInt8) -> Bool {
            b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D
        }

        static func lower(_ b: UInt8) -> UInt8 {
            b >= 0x41 && b <= 0x5A ? b + 0x20 : b
        }

        static func lowercased(_ slice: ArraySlice<UInt8>) -> String {
            String(decoding: slice.map(lower), as: UTF8.self)
        }
    }
}
