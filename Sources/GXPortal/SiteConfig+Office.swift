import Foundation
import GXReport
import TOMLKit

/// The disclosure office's keys: `roster` / `[[roster]]`, `[[aliases]]`, `[[accept]]` and `originals`.
extension SiteConfig {
    static let officeKeys: Set<String> = ["roster", "aliases", "accept", "originals"]
    static let rosterKeys: Set<String> = ["agency", "region", "kind", "contact", "years", "from", "until"]
    static let aliasKeys: Set<String> = ["agency", "names", "renamed"]
    static let acceptKeys: Set<String> = ["rule", "agency", "year", "cell", "reason"]
    /// Rules whose findings sit on skipped inputs or on the config itself: they cannot be accepted.
    static let unacceptableRules: Set<String> = [Rule.unreadableInput.id, Rule.notAReport.id, Rule.staleAcceptance.id]

    /// Reads the office's keys of `table` (the text is searched for `[[name]]` lines to name lines in errors).
    static func parseOffice(_ table: TOMLTable, text: String, path: String, into config: inout SiteConfig) throws(ConfigError) {
        config.fileName = (path as NSString).lastPathComponent
        if let value = table["originals"] {
            guard let s = value.string, let policy = OriginalsPolicy(rawValue: s) else {
                throw .wrongType(path: path, key: "originals", expected: "one of \"clean\", \"as-submitted\", \"none\"")
            }
            config.originals = policy
        }
        // Aliases first: roster and acceptances may name an agency by an alias.
        try parseAliases(table, text: text, path: path, into: &config.aliases)
        if let value = table["roster"] {
            if let file = value.string {
                config.roster = try loadRoster(file, aliases: config.aliases, configPath: path)
            } else {
                config.roster = try parseRoster(table, text: text, path: path, aliases: config.aliases)
            }
        }
        try parseAcceptances(table, text: text, path: path, aliases: config.aliases, into: &config.acceptances)
    }

    /// Reads the `[[aliases]]` tables; no name may be both an agency and an alias.
    private static func parseAliases(_ table: TOMLTable, text: String, path: String, into aliases: inout AgencyAliases) throws(ConfigError) {
        for (i, item) in try tables(table, "aliases", path: path).enumerated() {
            let at = Place(path: path, line: line(ofArrayTable: "aliases", index: i, in: text), key: "aliases[\(i + 1)]")
            try checkKeys(item, aliasKeys, at)
            let agency = try requiredString(item, "agency", at)
            guard let namesValue = item["names"], let array = namesValue.array, !array.isEmpty else {
                throw at.error("names", "must be a non-empty array of strings")
            }
            var renamed: Int?
            if let value = item["renamed"] {
                guard let y = value.int, (1990...2100).contains(y) else { throw at.error("renamed", "must be a year (1990–2100)") }
                renamed = y
            }
            for element in array {
                guard let name = element.string?.trimmingCharacters(in: .whitespaces), !name.isEmpty else {
                    throw at.error("names", "must be a non-empty array of strings")
                }
                guard name != agency else { throw at.error("names", "lists the agency's own name '\(name)'") }
                if let other = aliases.byName[name], other.agency != agency {
                    throw at.error("names", "maps '\(name)' to '\(agency)', but an earlier entry maps it to '\(other.agency)'")
                }
                aliases.add(AgencyAliases.Alias(name: name, agency: agency, renamed: renamed))
            }
        }
        for alias in aliases.byName.values.sorted(by: { $0.name < $1.name }) where aliases.byName[alias.agency] != nil {
            throw .invalidEntry(path: path, line: nil, key: "aliases",
                                detail: "'\(alias.agency)' is both an agency and another agency's alias")
        }
    }

    /// Reads the `[[accept]]` tables, agencies named by an alias taken under their own name.
    private static func parseAcceptances(_ table: TOMLTable, text: String, path: String, aliases: AgencyAliases,
                                 into acceptances: inout [Acceptance]) throws(ConfigError) {
        for (i, item) in try tables(table, "accept", path: path).enumerated() {
            let at = Place(path: path, line: line(ofArrayTable: "accept", index: i, in: text), key: "accept[\(i + 1)]")
            try checkKeys(item, acceptKeys, at)
            let rule = try requiredString(item, "rule", at)
            guard Rule.named(rule) != nil, !unacceptableRules.contains(rule) else {
                let ids = Rule.all.map(\.id).filter { !unacceptableRules.contains($0) }.joined(separator: ", ")
                throw at.error("rule", "'\(rule)' is not a rule id that can be accepted (one of: \(ids))")
            }
            let agency = aliases.canonical(try requiredString(item, "agency", at))
            guard let year = item["year"]?.int, (1990...2100).contains(year) else { throw at.error("year", "must be a year (1990–2100)") }
            var cell: String?
            if item["cell"] != nil {
                let c = try requiredString(item, "cell", at)
                guard CellKey.isValid(c) else {
                    throw at.error("cell", "'\(c)' is neither a cell name such as \"t3-new-total\" or \"t4-review-corrected\" nor line:column such as \"42:7\"")
                }
                cell = c
            }
            let reason = try requiredString(item, "reason", at)
            acceptances.append(Acceptance(rule: rule, agency: agency, year: year, cell: cell, reason: reason, line: at.line))
        }
    }

    /// A roster file: the same `[[roster]]` tables as in the config; a relative path resolves from the working directory.
    static func loadRoster(_ file: String, aliases: AgencyAliases, configPath: String) throws(ConfigError) -> Roster {
        let url = URL(fileURLWithPath: file, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw .invalidEntry(path: configPath, line: nil, key: "roster", detail: "names a roster file that cannot be read: \(url.path)")
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw .syntax(path: url.path, line: error.source.begin.line, column: error.source.begin.column, detail: error.description)
        } catch {
            throw .syntax(path: url.path, line: 1, column: 1, detail: "\(error)")
        }
        for key in table.keys.sorted() where key != "roster" { throw .unknownKey(path: url.path, key: key) }
        guard table["roster"]?.array != nil else {
            throw .wrongType(path: url.path, key: "roster", expected: "an array of tables ([[roster]])")
        }
        return try parseRoster(table, text: text, path: url.path, aliases: aliases)
    }

    /// The `[[roster]]` tables of `table`.
    static func parseRoster(_ table: TOMLTable, text: String, path: String, aliases: AgencyAliases) throws(ConfigError) -> Roster {
        var roster = Roster()
        var seen: [String: Int] = [:]
        for (i, item) in try tables(table, "roster", path: path).enumerated() {
            let at = Place(path: path, line: line(ofArrayTable: "roster", index: i, in: text), key: "roster[\(i + 1)]")
            try checkKeys(item, rosterKeys, at)
            let agency = aliases.canonical(try requiredString(item, "agency", at))
            var kind = Roster.Kind.inferred(from: agency)
            if item["kind"] != nil {
                let k = try requiredString(item, "kind", at)
                guard let parsed = Roster.Kind(rawValue: k) else { throw at.error("kind", "must be \"department\" or \"government\"") }
                kind = parsed
            }
            let region = item["region"] != nil ? try requiredString(item, "region", at) : RegionResolver.shared.region(forAgency: agency)
            let contact = item["contact"] != nil ? try requiredString(item, "contact", at) : nil
            func year(_ key: String) throws(ConfigError) -> Int? {
                guard let value = item[key] else { return nil }
                guard let y = value.int, (1990...2100).contains(y) else { throw at.error(key, "must be a year (1990–2100)") }
                return y
            }
            var years: Roster.Years?
            if let value = item["years"] {
                guard item["from"] == nil, item["until"] == nil else { throw at.error("years", "cannot be combined with from/until") }
                guard let array = value.array, !array.isEmpty else { throw at.error("years", "must be a non-empty array of years") }
                var list: [Int] = []
                for element in array {
                    guard let y = element.int, (1990...2100).contains(y) else { throw at.error("years", "must be a non-empty array of years") }
                    list.append(y)
                }
                years = .listed(list.sorted())
            } else if let from = try year("from") {
                let until = try year("until")
                if let until, until < from { throw at.error("until", "is before from (\(from))") }
                years = .range(from: from, until: until)
            } else if item["until"] != nil {
                throw at.error("until", "needs from")
            }
            // The same agency may be listed twice only for years that do not overlap; the first entry wins otherwise.
            if let first = seen[agency], years == nil || roster.entries[first].years == nil {
                throw at.error("agency", "'\(agency)' is already listed (roster[\(first + 1)]) for every year")
            }
            seen[agency] = roster.entries.count
            roster.entries.append(Roster.Entry(agency: agency, region: region, kind: kind, contact: contact, years: years, line: at.line))
        }
        return roster
    }

    /// Where an entry sits, for errors.
    struct Place {
        var path: String
        var line: Int?
        var key: String

        func error(_ field: String, _ detail: String) -> ConfigError {
            .invalidEntry(path: path, line: line, key: "\(key).\(field)", detail: detail)
        }
    }

    /// The tables of an array of tables (`[[name]]`), empty when the key is absent.
    static func tables(_ table: TOMLTable, _ name: String, path: String) throws(ConfigError) -> [TOMLTable] {
        guard let value = table[name] else { return [] }
        guard let array = value.array else { throw .wrongType(path: path, key: name, expected: "an array of tables ([[\(name)]])") }
        var result: [TOMLTable] = []
        for element in array {
            guard let t = element.table else { throw .wrongType(path: path, key: name, expected: "an array of tables ([[\(name)]])") }
            result.append(t)
        }
        return result
    }

    static func checkKeys(_ item: TOMLTable, _ allowed: Set<String>, _ at: Place) throws(ConfigError) {
        for key in item.keys.sorted() where !allowed.contains(key) {
            throw .invalidEntry(path: at.path, line: at.line, key: "\(at.key).\(key)", detail: "is not a known key")
        }
    }

    static func requiredString(_ item: TOMLTable, _ key: String, _ at: Place) throws(ConfigError) -> String {
        guard let s = item[key]?.string?.trimmingCharacters(in: .whitespaces), !s.isEmpty else {
            throw at.error(key, "must be a non-empty string")
        }
        return s
    }

    /// The 1-based line of the `index`-th `[[name]]` header in `text`, when the tables are written that way.
    static func line(ofArrayTable name: String, index: Int, in text: String) -> Int? {
        var seen = 0
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("[["), trimmed.dropFirst(2).prefix(while: { $0 != "]" }).trimmingCharacters(in: .whitespaces) == name else { continue }
            if seen == index { return n + 1 }
            seen += 1
        }
        return nil
    }
}
