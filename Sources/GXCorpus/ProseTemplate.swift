/// A sentence pattern with placeholders, parsed once so rendering is plain appends (no regex,
/// no search-and-replace in the hot loop).
///
/// Placeholders: `{Y}` report year, `{Y+1}` the next year, `{A}` agency name, `{S}` how the
/// agency calls itself, `{R}` its region, `{n:LO-HI}` a random integer.
struct ProseTemplate: Sendable {
    private enum Part: Sendable {
        case text(String)
        case year, nextYear, agency, selfName, region
        case number(Int, Int)
    }

    private let parts: [Part]

    /// Parses a pattern; an unknown placeholder is kept as text.
    init(_ source: String) {
        var parts: [Part] = []
        var rest = Substring(source)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            if open > rest.startIndex { parts.append(.text(String(rest[..<open]))) }
            let name = rest[rest.index(after: open)..<close]
            switch name {
            case "Y": parts.append(.year)
            case "Y+1": parts.append(.nextYear)
            case "A": parts.append(.agency)
            case "S": parts.append(.selfName)
            case "R": parts.append(.region)
            default:
                if name.hasPrefix("n:"), let dash = name.firstIndex(of: "-"),
                   let lo = Int(name[name.index(name.startIndex, offsetBy: 2)..<dash]),
                   let hi = Int(name[name.index(after: dash)...]) {
                    parts.append(.number(lo, hi))
                } else {
                    parts.append(.text(String(rest[open...close])))
                }
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { parts.append(.text(String(rest))) }
        self.parts = parts
    }

    /// Appends the sentence for one report to `out`.
    func render(into out: inout String, year: Int, agency: Agency, rng: inout SplitMix64) {
        for part in parts {
            switch part {
            case .text(let s): out += s
            case .year: out += String(year)
            case .nextYear: out += String(year + 1)
            case .agency: out += agency.name
            case .selfName: out += agency.selfName
            case .region: out += agency.region
            case .number(let lo, let hi): out += String(rng.int(lo, hi))
            }
        }
    }
}
