import GXReport

/// Other names of agencies (简称, OCR slips, names before a 机构改革 rename) mapped to one full name.
///
/// The mapping is applied to every report before duplicates and carry-over are checked, so an
/// agency keeps one identity, one page and one slug across its names.
public struct AgencyAliases: Sendable, Equatable {
    /// One other name of an agency.
    public struct Alias: Sendable, Equatable {
        /// The other name, as reports write it.
        public var name: String
        /// The agency's full (current) name.
        public var agency: String
        /// The year the agency took its current name (机构改革), when `name` is a former name (曾用名).
        public var renamed: Int?
    }

    /// Every alias by its name.
    public private(set) var byName: [String: Alias] = [:]

    /// Creates an empty mapping.
    public init() {}

    /// Adds an alias; the caller has checked that the name is not taken.
    mutating func add(_ alias: Alias) {
        byName[alias.name] = alias
    }

    /// Whether no alias is configured.
    public var isEmpty: Bool { byName.isEmpty }

    /// The full name for `name`: its agency when it is an alias, else itself.
    public func canonical(_ name: String) -> String {
        byName[name]?.agency ?? name
    }

    /// The other names of `agency`, former names (by rename year) first, then aliases by name.
    func names(of agency: String) -> [Alias] {
        byName.values.filter { $0.agency == agency }.sorted { a, b in
            if a.renamed != b.renamed { return (a.renamed ?? Int.max) < (b.renamed ?? Int.max) }
            return a.name.utf8.lexicographicallyPrecedes(b.name.utf8)
        }
    }

    /// Gives a report written under an alias its agency's full name, keeping the written name; the
    /// region follows the full name unless a sidecar set another one.
    func apply(to report: inout Report) {
        guard let alias = byName[report.agency] else { return }
        let resolver = RegionResolver.shared
        let regionFromName = report.region == resolver.region(forAgency: report.agency)
        report.agencyAsWritten = report.agency
        report.agency = alias.agency
        if regionFromName { report.region = resolver.region(forAgency: alias.agency) }
    }
}
