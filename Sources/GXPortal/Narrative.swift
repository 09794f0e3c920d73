import GXReport

/// A report's narrative (the text before the sections and each section's own text and unread tables) already composed
/// as Markdown: what `ReportMarkdown` needs of the parsed sections, in a fraction of their memory.
struct Narrative: Sendable {
    /// One section: its heading and its Markdown.
    struct Part: Sendable {
        var kind: SectionKind?
        var heading: String
        /// The paragraphs alone for the sections whose table `ReportMarkdown` renders from the parsed figures
        /// (二、三、四); every block in order for the others.
        var text: String
        /// The section's tables as written, shown when its figures could not be read; empty when they were, and for the
        /// other sections.
        var rawTables: String
    }

    /// The paragraphs and tables before the first section.
    let preamble: String
    let parts: [Part]
    /// The UTF-8 bytes the narrative holds, for the memory budget.
    let size: Int

    /// The sections whose figures `ReportMarkdown` renders itself when they were read.
    static let tabular: Set<SectionKind> = [.proactive, .applications, .reviewLitigation]

    /// Composes `report`'s narrative from its parsed sections.
    init(of report: Report) {
        preamble = ReportMarkdown.blocks(report.preamble)
        parts = report.sections.map { section in
            if let kind = section.kind, Self.tabular.contains(kind) {
                let paragraphs = section.blocks.filter { if case .paragraph = $0 { return true }; return false }
                // The tables as written are shown only in place of figures that were not read: composing them for a
                // report whose figures were read would be wasted.
                let read = switch kind {
                case .proactive: report.hasDisclosure
                case .applications: report.applications != nil
                case .reviewLitigation: report.review != nil
                default: false
                }
                var tables = ""
                if !read {
                    for case .table(let t) in section.blocks { tables += ReportMarkdown.rawTable(t) }
                }
                return Part(kind: kind, heading: section.heading, text: ReportMarkdown.blocks(paragraphs), rawTables: tables)
            }
            return Part(kind: section.kind, heading: section.heading, text: ReportMarkdown.blocks(section.blocks), rawTables: "")
        }
        size = Self.size(preamble, parts)
    }

    /// A narrative of these texts.
    init(preamble: String, parts: [Part]) {
        self.preamble = preamble
        self.parts = parts
        size = Self.size(preamble, parts)
    }

    private static func size(_ preamble: String, _ parts: [Part]) -> Int {
        parts.reduce(preamble.utf8.count) { $0 + $1.heading.utf8.count + $1.text.utf8.count + $1.rawTables.utf8.count }
    }
}
