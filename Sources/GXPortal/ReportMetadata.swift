import Foundation
import GXBuild
import GXReport
import TOMLKit

/// A report's sidecar `<name>.meta.toml`: facts the office knows better than the parser.
struct ReportMetadata: Equatable {
    var agency: String?
    var region: String?
    var year: Int?
    /// Publication date as yyyy-MM-dd.
    var published: String?
    var sourceURL: String?
    /// Marks the file as a corrected republication of the agency's report.
    var correction: Bool?
    /// The file this one corrects (a path under the content folder); implies `correction`.
    var replaces: String?

    static let keys: Set<String> = ["agency", "region", "year", "published", "source_url", "correction", "replaces"]

    /// Where an input's sidecar may be, in order: `x.meta.toml` beside `x.txt`, then `x.txt.meta.toml`.
    static func sidecarPaths(of path: String) -> [String] {
        [deletingExtension(path) + ".meta.toml", path + ".meta.toml"]
    }

    /// `path` without its last component's extension, as `NSString.deletingPathExtension` gives it, read as bytes:
    /// every input's key asks for it on every build, and Foundation's goes through `NSString` at every call.
    static func deletingExtension(_ path: String) -> String {
        let utf8 = path.utf8
        // Paths Foundation would first tidy (a trailing or doubled slash) are left to it; the loader makes none.
        if utf8.last == UInt8(ascii: "/") || path.contains("//") { return (path as NSString).deletingPathExtension }
        let start = utf8.lastIndex(of: UInt8(ascii: "/")).map(utf8.index(after:)) ?? utf8.startIndex
        // No extension: none, a name starting with its only dot, or the parent folder `..`.
        guard let dot = utf8[start...].lastIndex(of: UInt8(ascii: ".")), dot != start, !utf8[start...].elementsEqual("..".utf8)
        else { return path }
        return String(path[..<dot])
    }

    /// The sidecar of an input, if one exists.
    static func sidecar(of input: URL) -> URL? {
        sidecarPaths(of: input.path).first { FileStamp.following($0) != nil }.map { URL(fileURLWithPath: $0) }
    }

    /// Parses a sidecar; problems become findings against `path` and the bad keys are ignored.
    static func parse(_ text: String, path: String) -> (ReportMetadata, [Finding]) {
        var meta = ReportMetadata()
        var findings: [Finding] = []
        func problem(_ message: String, _ line: Int = 1, _ column: Int = 1) {
            findings.append(Finding(rule: "invalid-metadata", severity: .warning, file: path,
                                    location: SourceLocation(line: line, column: column), message: message))
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            problem(SiteMessages.metadataSyntax(error.description), error.source.begin.line, error.source.begin.column)
            return (meta, findings)
        } catch {
            problem(SiteMessages.metadataSyntax("\(error)"))
            return (meta, findings)
        }
        for key in table.keys.sorted() where !keys.contains(key) { problem(SiteMessages.metadataUnknownKey(key)) }
        func string(_ key: String) -> String? {
            guard let value = table[key] else { return nil }
            guard let s = value.string, !s.trimmingCharacters(in: .whitespaces).isEmpty else {
                problem(SiteMessages.metadataWrongType(key, expected: "非空字符串"))
                return nil
            }
            return s.trimmingCharacters(in: .whitespaces)
        }
        meta.agency = string("agency")
        meta.region = string("region")
        meta.sourceURL = string("source_url")
        meta.replaces = string("replaces")
        if let url = meta.sourceURL, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            problem(SiteMessages.metadataBadURL(url))
            meta.sourceURL = nil
        }
        if let value = table["year"] {
            if let y = value.int, (1990...2100).contains(y) { meta.year = y } else { problem(SiteMessages.metadataWrongType("year", expected: "1990–2100之间的整数")) }
        }
        if let value = table["published"] {
            if let d = value.date {
                meta.published = String(format: "%04d-%02d-%02d", d.year, d.month, d.day)
            } else if let s = value.string, let d = ReportParser.normalisedDate(s) {
                meta.published = d
            } else {
                problem(SiteMessages.metadataWrongType("published", expected: "日期，如 2024-01-17"))
            }
        }
        if let value = table["correction"] {
            if let b = value.bool { meta.correction = b } else { problem(SiteMessages.metadataWrongType("correction", expected: "true 或 false")) }
        }
        return (meta, findings)
    }

    /// Applies the sidecar's facts over what the parser found.
    func apply(to report: inout Report) {
        if let agency { report.agency = agency }
        if let region { report.region = region } else if agency != nil { report.region = RegionResolver.shared.region(forAgency: report.agency) }
        if let year { report.year = year }
        if let published { report.published = published }
        if let sourceURL { report.sourceURL = sourceURL }
        if correction == true || (replaces != nil && correction != false) { report.isCorrection = true }
    }
}
