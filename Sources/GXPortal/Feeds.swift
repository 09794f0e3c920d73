import Foundation
import GXReport

/// `sitemap.xml`, `feed.xml` and `robots.txt`: absolute URLs from the configured base URL,
/// pretty (folder) URLs, dates from the reports themselves — never the clock.
enum Feeds {
    /// The most URLs one sitemap file may hold (sitemaps.org).
    static let maxURLsPerSitemap = 50_000

    /// `baseURL` with surrounding white space removed and exactly one trailing `/` added if missing.
    static func normalizedBase(_ baseURL: String) -> String {
        let base = baseURL.trimmingCharacters(in: .whitespacesAndNewlines)
        return base.hasSuffix("/") ? base : base + "/"
    }

    /// A site path in its pretty form: no leading `/`, `index.html` dropped, folders ending in `/`,
    /// bytes outside `A–Z a–z 0–9 - . _ ~ /` percent-encoded (`agencies/x/2023/index.html` → `agencies/x/2023/`).
    static func prettyPath(_ path: String) -> String {
        var p = Substring(path)
        while p.hasPrefix("/") { p = p.dropFirst() }
        if p == "index.html" { p = "" } else if p.hasSuffix("/index.html") { p = p.dropLast("index.html".count) }
        if !p.isEmpty, !p.hasSuffix("/"), !(p.split(separator: "/").last ?? "").contains(".") { p += "/" }
        var out = ""
        for byte in p.utf8 {
            switch byte {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E, 0x2F:
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0xF)])
            }
        }
        return out
    }

    /// Absolute, pretty URLs of `paths`, duplicates dropped, in the given order.
    static func urls(baseURL: String, paths: [String]) -> [String] {
        let base = normalizedBase(baseURL)
        var seen = Set<String>()
        return paths.compactMap { path in
            let url = base + prettyPath(path)
            return seen.insert(url).inserted ? url : nil
        }
    }

    /// One `<urlset>` sitemap listing `paths` (no splitting; see `sitemaps`).
    static func sitemap(baseURL: String, paths: [String]) -> String {
        urlset(urls(baseURL: baseURL, paths: paths))
    }

    /// The sitemap files to write: `sitemap.xml` alone, or above 50,000 URLs `sitemap.xml` as a
    /// `<sitemapindex>` followed by its parts `sitemaps/sitemap-1.xml`, `sitemaps/sitemap-2.xml` ….
    static func sitemaps(baseURL: String, paths: [String]) -> [(path: String, xml: String)] {
        let all = urls(baseURL: baseURL, paths: paths)
        guard all.count > maxURLsPerSitemap else { return [("sitemap.xml", urlset(all))] }
        let base = normalizedBase(baseURL)
        let parts = stride(from: 0, to: all.count, by: maxURLsPerSitemap).enumerated().map { n, start in
            (path: "sitemaps/sitemap-\(n + 1).xml", xml: urlset(Array(all[start..<min(start + maxURLsPerSitemap, all.count)])))
        }
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for part in parts { index += "<sitemap><loc>\(XML.escape(base + part.path))</loc></sitemap>\n" }
        index += "</sitemapindex>\n"
        return [("sitemap.xml", index)] + parts
    }

    /// A `<urlset>` of absolute URLs.
    static func urlset(_ urls: [String]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for url in urls { out += "<url><loc>\(XML.escape(url))</loc></url>\n" }
        return out + "</urlset>\n"
    }

    /// The Atom feed of the newest `limit` reports: by publication date, else 31 December of the
    /// report year (ties by id); the feed's `updated` is its newest entry's date.
    static func atom(baseURL: String, title: String, entries: [ReportEntry], limit: Int = 50) -> String {
        let base = normalizedBase(baseURL)
        let dated = entries.map { (date: date(of: $0), entry: $0) }
            .sorted { $0.date != $1.date ? $0.date > $1.date : $0.entry.id < $1.entry.id }
            .prefix(max(0, limit))
        // With no entries there is no date to take; the epoch keeps the output stable.
        let updated = dated.first?.date ?? "1970-01-01T00:00:00Z"
        let t = XML.escape(title)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n"
        out += "<title>\(t)</title>\n<id>\(XML.escape(base))</id>\n"
        out += "<link rel=\"self\" type=\"application/atom+xml\" href=\"\(XML.escape(base + "feed.xml"))\"/>\n"
        out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XML.escape(base))\"/>\n"
        out += "<updated>\(updated)</updated>\n<author><name>\(t)</name></author>\n<generator>gxsite</generator>\n"
        for (date, entry) in dated {
            let url = XML.escape(base + prettyPath(entry.page))
            out += "<entry>\n<title>\(XML.escape(entryTitle(entry)))</title>\n<id>\(url)</id>\n"
            out += "<link rel=\"alternate\" type=\"text/html\" href=\"\(url)\"/>\n"
            out += "<published>\(date)</published>\n<updated>\(date)</updated>\n"
            out += "<author><name>\(XML.escape(entry.report.agency))</name></author>\n"
            out += "<summary type=\"text\">\(XML.escape(summary(entry)))</summary>\n</entry>\n"
        }
        return out + "</feed>\n"
    }

    /// An entry's title, e.g. `沭阳县发展和改革局 2023年度政府信息公开工作年度报告`.
    static func entryTitle(_ entry: ReportEntry) -> String {
        "\(entry.report.agency) \(entry.report.year)年度政府信息公开工作年度报告"
    }

    /// The key figures of a report in one sentence, blanks said as 未填.
    static func summary(_ entry: ReportEntry) -> String {
        func n(_ v: Int?) -> String { v.map { "\($0) 件" } ?? "未填" }
        let status = Badge.text(status: entry.status, errors: entry.errorCount, warnings: entry.warningCount)
        return "本年新收政府信息公开申请 \(n(entry.figure(.new)))，办理结果总计 \(n(entry.figure(.total)))，"
            + "结转下年度 \(n(entry.figure(.carriedForward)))；行政复议 \(n(entry.reviewFigure(.review)))，"
            + "行政诉讼 \(n(entry.litigationTotal))；校验：\(status)。"
    }

    /// The entry's date in RFC 3339 (China time): the publication date, else 31 December of its year.
    static func date(of entry: ReportEntry) -> String {
        let day = entry.report.published.flatMap(validDay) ?? format4(entry.report.year) + "-12-31"
        return day + "T00:00:00+08:00"
    }

    /// `s` when it is a `yyyy-MM-dd` date with a plausible month and day.
    static func validDay(_ s: String) -> String? {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }),
              let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return s
    }

    /// A year as four digits (zero-padded), as RFC 3339 requires.
    static func format4(_ year: Int) -> String {
        let s = String(max(0, min(9999, year)))
        return String(repeating: "0", count: 4 - s.count) + s
    }

    /// `robots.txt`: everything allowed; names the sitemap when the base URL is known.
    static func robots(baseURL: String?) -> String {
        var out = "User-agent: *\nAllow: /\n"
        if let baseURL, !baseURL.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            out += "\nSitemap: \(normalizedBase(baseURL))sitemap.xml\n"
        }
        return out
    }
}
