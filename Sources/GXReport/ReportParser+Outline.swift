extension ReportParser {
    /// A document's body cut at its section headings, with what comes before the first heading.
    struct Outline {
        /// The blocks before the first section, the page metadata above the title included.
        var preamble: [Block]
        /// The sections in order.
        var sections: [Section] = []
        /// The known sections found.
        var seen = Set<SectionKind>()

        /// Starts a section at `heading`, with `blocks` already in it.
        mutating func open(_ heading: SectionHeading, at location: SourceLocation, blocks: [Block] = []) {
            if let kind = heading.kind { seen.insert(kind) }
            sections.append(Section(kind: heading.kind, heading: heading.text, location: location, blocks: blocks))
        }

        /// Adds a block to the last section, or to the preamble before the first.
        mutating func append(_ block: Block) {
            if sections.isEmpty { preamble.append(block) } else { sections[sections.count - 1].blocks.append(block) }
        }
    }

    /// The outline of `items`: the body after the title (`titleItems`) cut at every heading that is accepted.
    func outline(of items: [TikaLayout.Item], titleItems: Range<Int>, plain: Bool) -> Outline {
        // Page metadata above the title (索引号, 发布日期) belongs to the preamble, where the publication date is read.
        var outline = Outline(preamble: items[..<titleItems.lowerBound].compactMap { item in
            if case .paragraph(let text, let location) = item { return .paragraph(text.trimmingWhitespace(), location) }
            return nil
        })
        for index in titleItems.upperBound..<items.count {
            switch items[index] {
            case .paragraph(let text, let location):
                if let heading = SectionHeading.parse(text, plain: plain),
                   accepts(heading, sections: outline.sections, seen: outline.seen),
                   !heading.tolerant || Self.confirms(heading, after: index, in: items) {
                    outline.open(heading, at: location)
                } else if let (heading, rest) = InlineHeadings.split(text, plain: plain),
                          accepts(heading, sections: outline.sections, seen: outline.seen),
                          !heading.tolerant || Self.confirms(heading, after: index, in: items) {
                    outline.open(heading, at: location, blocks: [.paragraph(rest, location)])
                } else {
                    outline.append(.paragraph(text.trimmingWhitespace(), location))
                }
            case .table(let table):
                outline.append(.table(table))
            }
        }
        return outline
    }

    /// Whether what follows a heading recognised despite a typo bears it out: a section with a table (二, 三, 四) has one
    /// before the next heading; the others need nothing more than their own number, which recognition required.
    static func confirms(_ heading: SectionHeading, after index: Int, in items: [TikaLayout.Item]) -> Bool {
        guard let kind = heading.kind, [.proactive, .applications, .reviewLitigation].contains(kind) else { return true }
        for item in items[(index + 1)...].prefix(40) {
            switch item {
            case .table: return true
            case .paragraph(let text, _): if SectionHeading.parse(text) != nil { return false }
            }
        }
        return false
    }

    /// Known sections are taken once each; an extra one only when numbered right after the previous section.
    func accepts(_ heading: SectionHeading, sections: [Section], seen: Set<SectionKind>) -> Bool {
        if let kind = heading.kind { return !seen.contains(kind) }
        guard let number = heading.number, let last = sections.last, !InlineHeadings.endsInFigure(heading) else { return false }
        let lastNumber = SectionHeading.parse(last.heading)?.number ?? last.kind?.rawValue
        return lastNumber.map { number == $0 + 1 } ?? false
    }
}
