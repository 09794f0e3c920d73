import GXReport
import GXReuse

extension ReuseArchive {
    static func write(_ result: ReuseResult, to w: inout ArchiveWriter) {
        for n in [result.own, result.previous.map { $0 + 1 } ?? 0, result.reused, result.length] { w.int(n) }
        w.int(result.passages.count)
        for p in result.passages {
            for n in [p.range.lowerBound, p.range.count, p.own, p.source, p.sourceRange.lowerBound, p.section] { w.int(n) }
            w.string(p.text)
            w.bool(p.paragraph != nil)
            if let paragraph = p.paragraph { for n in [paragraph.start, paragraph.line, paragraph.column, paragraph.page] { w.int(n) } }
        }
        w.int(result.shared.count)
        for d in result.shared { w.int(d) }
        w.int(result.common.count)
        for run in result.common { w.int(run.lowerBound); w.int(run.count) }
        w.int(result.sections.count)
        for section in result.sections { w.int(section.number); w.int(section.start) }
    }

    /// A result `write` stored, naming documents below `documents`; nil when the bytes are not one.
    static func readResult(_ r: inout ArchiveReader, documents: Int) -> ReuseResult? {
        var result = ReuseResult()
        // Every range is checked to lie within the text (and every sum to fit): the pages index by them.
        guard let own = r.int(), let previous = r.int(), let reused = r.int(), let length = r.int(), length >= 0,
              length < 1 << 40, (0...documents).contains(previous), let passages = r.count() else { return nil }
        func within(_ start: Int, _ count: Int) -> Bool { start >= 0 && count >= 0 && start <= length && count <= length - start }
        (result.own, result.previous, result.reused, result.length) = (own, previous == 0 ? nil : previous - 1, reused, length)
        for _ in 0..<passages {
            guard let start = r.int(), let count = r.int(), let own = r.int(), let source = r.int(),
                  let sourceStart = r.int(), let section = r.int(), let text = r.string(), let hasParagraph = r.bool(),
                  within(start, count), sourceStart >= 0, sourceStart < 1 << 40, (0..<documents).contains(source)
            else { return nil }
            var paragraph: ComparableText.Paragraph?
            if hasParagraph {
                guard let p = r.int(), let line = r.int(), let column = r.int(), let page = r.int() else { return nil }
                paragraph = .init(start: p, line: line, column: column, page: page)
            }
            result.passages.append(.init(range: start..<(start + count), own: own, source: source,
                                         sourceRange: sourceStart..<(sourceStart + count), text: text, section: section,
                                         paragraph: paragraph))
        }
        guard let shared = r.count() else { return nil }
        for _ in 0..<shared {
            guard let d = r.int(), (0..<documents).contains(d) else { return nil }
            result.shared.append(d)
        }
        guard let common = r.count() else { return nil }
        for _ in 0..<common {
            guard let start = r.int(), let count = r.int(), within(start, count) else { return nil }
            result.common.append(start..<(start + count))
        }
        guard let sections = r.count() else { return nil }
        for _ in 0..<sections {
            guard let number = r.int(), let start = r.int(), within(start, 0) else { return nil }
            result.sections.append(.init(number: number, start: start))
        }
        return result
    }
}
