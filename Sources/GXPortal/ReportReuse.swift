import GXBuild
import GXReport

/// A report's text reuse with the other reports resolved to their pages: what its page, its data and the reuse list
/// show.
///
/// A class: every page and data file showing a report looks its reuse up, and a struct of this many arrays would be
/// copied, each array retained and released, at every look.
final class ReportReuse: Sendable {
    /// Another published report, as pages link to it.
    struct Link: Hashable, Sendable {
        /// Its id, `<agency-slug>/<year>`.
        var id: String
        /// Its page's folder.
        var page: String
        var agency: String
        var year: Int
    }

    /// A passage and the report that shares it.
    struct Passage: Sendable {
        var passage: TextReuse.Passage
        var link: Link
        /// Whether it repeats the agency's previous report (else another agency's).
        var fromPrevious: Bool
    }

    /// Another agency's report sharing passages of the threshold's length.
    struct Shared: Sendable {
        var link: Link
        var passages: Int
        var longest: Int
    }

    let reuse: TextReuse
    /// The previous report, when a share was measured against it.
    let previous: Link?
    let passages: [Passage]
    let shared: [Shared]
    /// A digest of everything the pages show of it, which their keys declare: one value, where the values themselves
    /// (hundreds for a report with much common wording) would be listed and hashed again by every key declaring them.
    let digest: String

    /// `reuse` of a report of `site`, its sources resolved; a source the site does not publish keeps its path as id.
    init(_ reuse: TextReuse, site: SiteModel) {
        self.reuse = reuse
        func link(_ source: String) -> Link {
            guard let e = site.entry(source: source) else { return Link(id: source, page: "", agency: source, year: 0) }
            return Link(id: e.id, page: e.page, agency: e.report.agency, year: e.report.year)
        }
        previous = reuse.previous.map { link($0.source) }
        passages = reuse.passages.map { Passage(passage: $0, link: link($0.source), fromPrevious: $0.source == reuse.previous?.source) }
        shared = reuse.shared.map { source in
            let own = reuse.passages.filter { $0.source == source }.map(\.own)
            return Shared(link: link(source), passages: own.count, longest: own.max() ?? 0)
        }
        digest = BuildCache.digest(Self.values(reuse, previous: previous, passages: passages, shared: shared))
    }

    /// The share in whole percent, rounded down; nil when none was measured.
    var percent: Int? { reuse.percent }

    /// The values `digest` is made from.
    private static func values(_ reuse: TextReuse, previous: Link?, passages: [Passage], shared: [Shared]) -> [String] {
        var values = ["reuse", String(reuse.own), String(reuse.reused), previous?.id ?? "\u{0}", previous?.page ?? "\u{0}"]
        for p in passages {
            values += [String(p.passage.range.lowerBound), String(p.passage.range.count), String(p.passage.own),
                       String(p.passage.section), p.passage.text, p.link.id, p.link.page, p.link.agency, p.fromPrevious ? "1" : "0"]
        }
        values.append(String(reuse.common.count))
        for r in reuse.common { values += [String(r.lowerBound), String(r.upperBound)] }
        for s in shared { values += [s.link.id, String(s.passages), String(s.longest)] }
        return values
    }
}
