@testable import GXReport

/// Writes a document's paragraphs and tables back as text in Tika's layout: a paragraph a line, a cell a line after a
/// TAB (its further lines without one), a blank line after each row.
enum TikaText {
    static func text(of items: [TikaLayout.Item]) -> String {
        var out = ""
        for item in items {
            switch item {
            case .paragraph(let text, _):
                out += text + "\n"
            case .table(let table):
                for row in table.rows {
                    for cell in row {
                        // A line of a cell never starts with TAB or is blank: either would end or split the cell.
                        let lines = cell.text.split(separator: "\n").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
                        out += "\t" + (lines.first ?? "") + "\n"
                        for line in lines.dropFirst() { out += line + "\n" }
                    }
                    out += "\n"
                }
                out += "\n"
            }
        }
        return out
    }
}
