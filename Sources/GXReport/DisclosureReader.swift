/// Reads section 二's 第二十条 items; its figures are free text ("17.7万", "8批次") and kept as written.
enum DisclosureReader {
    /// The items of section 二, if it has any; `plain` says its texts are known to be plain (see `PlainText`).
    static func read(_ section: Section, plain: Bool = false) -> Disclosure? {
        var items: [DisclosureItem] = []
        var header: [String]?
        for case .table(let table) in section.blocks {
            for row in table.rows {
                let texts = row.map(\.displayText)
                guard let first = texts.first else { continue }
                let label = SearchText(first, knownPlain: plain)
                if texts.count == 1 || (label.contains("第二十条") && texts.dropFirst().allSatisfy(\.isEmpty)) {
                    if label.contains("第二十条") || label.contains("项") {
                        items.append(DisclosureItem(title: first, columns: [], rows: []))
                        header = nil
                    }
                    continue
                }
                guard !items.isEmpty else { continue }
                if label.contains("信息内容") {
                    header = Array(texts.dropFirst())
                    items[items.count - 1].columns = header!
                    continue
                }
                if first.isEmpty, let parent = header, items[items.count - 1].rows.isEmpty {
                    items[items.count - 1].columns = combine(parent: parent, sub: Array(texts.dropFirst()))
                    header = nil
                    continue
                }
                items[items.count - 1].rows.append(DisclosureRow(label: first, values: Array(texts.dropFirst()), location: row[0].location))
            }
        }
        guard !items.isEmpty else { return nil }
        return Disclosure(layout: layout(of: items, plain: plain), items: items)
    }

    /// Merges a second header row under the first (Word's gridSpan is lost in the text layout).
    static func combine(parent: [String], sub: [String]) -> [String] {
        var result: [String] = []
        var h = 0
        var open = false
        for s in sub {
            if !s.isEmpty {
                result.append(h < parent.count ? "\(parent[h])·\(s)" : s)
                open = true
            } else {
                if open { h += 1; open = false }
                result.append(h < parent.count ? parent[h] : "")
                h += 1
            }
        }
        return result
    }

    /// "2021", "2019" or "local" by the first item's columns and the items' titles; `plain` as in `read`.
    static func layout(of items: [DisclosureItem], plain: Bool = false) -> String {
        let first = items.first?.columns.map { $0.removingWhitespace() } ?? []
        let titles = items.map { $0.title.removingWhitespace() }
        if first == ["本年制发件数", "本年废止件数", "现行有效件数"],
           titles.allSatisfy({ title in ["（一）", "（五）", "（六）", "（八）"].contains(where: SearchText(title, knownPlain: plain).contains) }) {
            return "2021"
        }
        if first == ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
           titles.allSatisfy({ title in ["（一）", "（五）", "（六）", "（八）", "（九）"].contains(where: SearchText(title, knownPlain: plain).contains) }) {
            return "2019"
        }
        return "local"
    }
}
