@testable import GXReport

/// Turns a report in Tika's layout into the text a crawler exports: each table row's cell texts glued into one line,
/// and each section heading run together with the line after it.
enum Flattening {
    /// Figures to write in place of the report's own: table 三 by row (seven each), table 四 (fifteen).
    struct Figures {
        /// Table 三's rows.
        var applications: [ApplicationRow: [Int]] = [:]
        /// Table 四's fifteen figures.
        var review: [Int]?
    }

    /// The crawled text of `tika`, with `figures` in place of the tables' own where given.
    static func flatten(_ tika: String, figures: Figures = Figures()) -> String {
        var lines: [String] = []
        var section: SectionKind?
        var headingPending = false
        func emit(_ line: String) {
            if headingPending, !lines.isEmpty {
                lines[lines.count - 1] += line
                headingPending = false
            } else {
                lines.append(line)
            }
        }
        for item in TikaLayout.items(of: tika) {
            switch item {
            case .paragraph(let text, _):
                let trimmed = text.trimmingWhitespace()
                if let heading = SectionHeading.parse(trimmed), let kind = heading.kind {
                    section = kind
                    emit(trimmed)
                    headingPending = true
                } else {
                    emit(trimmed)
                }
            case .table(let table):
                var group: ApplicationRow.Group?
                for row in table.rows {
                    var texts = row.map { $0.text.removingWhitespace() }
                    if section == .applications, texts.count >= 8 {
                        let labels = Array(texts.dropLast(7))
                        if let kind = ApplicationRow.match(labels: labels, current: &group), let values = figures.applications[kind] {
                            texts = labels + values.map(String.init)
                        }
                    } else if section == .reviewLitigation, texts.count >= 15, let values = figures.review,
                              texts.suffix(15).allSatisfy({ $0.isEmpty || $0.allSatisfy(\.isNumber) }) {
                        texts = Array(texts.dropLast(15)) + values.map(String.init)
                    }
                    let line = texts.joined()
                    if !line.isEmpty { emit(line) }
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
