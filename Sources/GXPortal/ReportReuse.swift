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
        digest = SHA256.hex(Self.digestBytes(reuse, previous: previous, passages: passages, shared: shared))
    }

    /// The share in whole percent, rounded down; nil when none was measured.
    var percent: Int? { reuse.percent }

    /// The bytes `digest` is made from: every value shown, texts tagged and length-prefixed as `ContextDigest` writes
    /// them, numbers tagged and ended by a 0 byte (written without making their strings: a report with much common
    /// wording has hundreds).
    private static func digestBytes(_ reuse: TextReuse, previous: Link?, passages: [Passage], shared: [Shared]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(128 + 12 * reuse.common.count + 160 * passages.count)
        ContextDigest.tagged("s", "reuse", &out)
        number(reuse.own, &out)
        number(reuse.reused, &out)
        ContextDigest.tagged("s", previous?.id ?? "\u{0}", &out)
        ContextDigest.tagged("s", previous?.page ?? "\u{0}", &out)
        number(passages.count, &out)
        for p in passages {
            for n in [p.passage.range.lowerBound, p.passage.range.count, p.passage.own, p.passage.section] { number(n, &out) }
            for text in [p.passage.text, p.link.id, p.link.page, p.link.agency] { ContextDigest.tagged("s", text, &out) }
            number(p.fromPrevious ? 1 : 0, &out)
        }
        number(reuse.common.count, &out)
        for r in reuse.common {
            number(r.lowerBound, &out)
            number(r.upperBound, &out)
        }
        number(shared.count, &out)
        for s in shared {
            ContextDigest.tagged("s", s.link.id, &out)
            number(s.passages, &out)
            number(s.longest, &out)
        }
        return out
    }

    /// Appends `n` as a tagged number.
    private static func number(_ n: Int, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: "i"))
        out.appendDecimal(n)
        out.append(0)
    }
}
