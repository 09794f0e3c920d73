import Foundation

/// Reads the administrative division an agency belongs to off the start of its name.
///
/// A naive split at the first 市/县/区 gets 余姚市市场监督管理局 wrong (余姚市市), so the region is
/// the longest prefix made of real division names from the bundled national list (see
/// `scripts/make-divisions.py`): optionally a province, then optionally a prefecture-level city,
/// then optionally a county-level division, each inside the one before it. Only full names
/// count (宁波市, not 宁波): short forms would also match ordinary words at the start of a name.
public struct RegionResolver: Sendable {
    /// The divisions table built into the program (`Resources/divisions.tsv`, embedded at build time so no bundle need
    /// sit beside the executable).
    public static let divisionsTSV: String = {
        guard let entry = BuiltinData.encoded.first(where: { $0.path == "divisions.tsv" }),
              let data = Data(base64Encoded: entry.base64) else {
            // Every region and every late-publication deadline would silently be wrong.
            fatalError("the divisions table was not built into gxsite")
        }
        return String(decoding: data, as: UTF8.self)
    }()

    /// The resolver over the built-in divisions table, parsed once on first use.
    public static let shared = RegionResolver(divisionsTSV: divisionsTSV)

    /// A trie node; `codes` holds the adcodes of the divisions whose name ends here, since
    /// names such as 鼓楼区 or 市中区 exist in several cities.
    private struct Node: Sendable {
        var children: [Character: Int32] = [:]
        var codes: [Int32] = []
    }

    private let nodes: [Node]
    /// adcode → parent adcode; provinces are absent.
    private let parents: [Int32: Int32]

    /// A resolver over `adcode<TAB>name<TAB>parent_adcode` lines, for tests and other lists.
    public init(divisionsTSV text: String) {
        var nodes = [Node()]
        var parents: [Int32: Int32] = [:]
        for line in Self.lines(of: text) {
            if line.hasPrefix("#") { continue }
            // A tab is a grapheme of its own: splitting the bytes at it splits the Characters there.
            let fields = line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
            guard fields.count >= 2, let code = Int32(fields[0]), !fields[1].isEmpty else { continue }
            if fields.count >= 3, let parent = Int32(fields[2]) { parents[code] = parent }
            var node = 0
            for character in fields[1] {
                if let next = nodes[node].children[character] {
                    node = Int(next)
                } else {
                    nodes.append(Node())
                    nodes[node].children[character] = Int32(nodes.count - 1)
                    node = nodes.count - 1
                }
            }
            nodes[node].codes.append(code)
        }
        self.nodes = nodes
        self.parents = parents
    }

    /// `text.split(whereSeparator: \.isNewline)`, by splitting the bytes at LF when LF is the only line break in them.
    ///
    /// LF is a grapheme of its own unless after CR, so without CR, VT, FF, NEL, LS or PS the
    /// newline Characters are exactly the LF bytes, and the list is split without breaking it into Characters.
    static func lines(of text: String) -> [Substring] {
        let ranges = text.utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var ranges: [Range<Int>] = []
            var start = 0
            for i in bytes.indices {
                switch bytes[i] {
                case 0x0B, 0x0C, 0x0D: return nil
                case 0x85 where i > 0 && bytes[i - 1] == 0xC2: return nil
                case 0xA8 where i > 1 && bytes[i - 1] == 0x80 && bytes[i - 2] == 0xE2,
                     0xA9 where i > 1 && bytes[i - 1] == 0x80 && bytes[i - 2] == 0xE2: return nil
                case 0x0A:
                    if i > start { ranges.append(start..<i) }
                    start = i + 1
                default: break
                }
            }
            if bytes.count > start { ranges.append(start..<bytes.count) }
            return ranges
        }
        guard let ranges = ranges ?? nil else { return text.split(whereSeparator: \.isNewline) }
        let utf8 = text.utf8
        return ranges.map { text[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
    }

    /// The division prefix of an agency's name (宁波市镇海区经济和信息化局 → 宁波市镇海区), or "" if none.
    public func region(forAgency name: String) -> String {
        String(name.prefix(prefix(of: name).length))
    }

    /// A key equal for the names of one agency written with or without the higher divisions (淮安市洪泽区人民政府 and
    /// 洪泽区人民政府): the code of its lowest division when the name names exactly one, and the rest of the name; the
    /// name itself when its divisions are ambiguous (鼓楼区 is in several cities) or absent.
    public func identity(ofAgency name: String) -> String {
        let found = prefix(of: name)
        guard found.codes.count == 1 else { return name }
        return "\(found.codes[0]):" + name.dropFirst(found.length)
    }

    /// The length in characters of the division prefix of `name`, and the codes its lowest division may stand for.
    private func prefix(of name: String) -> (length: Int, codes: [Int32]) {
        let characters = Array(name)
        var best = 0
        var bestCodes: [Int32] = []
        // Each state is a place in the name and the divisions matched just before it; a
        // chain is at most three deep because each step must go down a level.
        var pending: [(start: Int, within: [Int32]?)] = [(0, nil)]
        while let state = pending.popLast() {
            var node = 0
            var position = state.start
            while position < characters.count,
                  let next = nodes[node].children[characters[position]] {
                node = Int(next)
                position += 1
                let codes = nodes[node].codes
                if codes.isEmpty { continue }
                let matched = state.within.map { outer in
                    codes.filter { code in outer.contains { isDivision(code, inside: $0) } }
                } ?? codes
                if matched.isEmpty { continue }
                if position > best { (best, bestCodes) = (position, matched) }
                pending.append((position, matched))
            }
        }
        return (best, bestCodes)
    }

    /// Whether the agency is a government itself (region + 人民政府), which has a later deadline (3月31日, not 1月31日; `late-publication`).
    public func isGovernment(agency: String) -> Bool {
        let region = region(forAgency: agency)
        return !region.isEmpty && agency == region + "人民政府"
    }

    /// Descendant rather than child, so 浙江省余姚市 (province, then a county of one of its cities) counts.
    private func isDivision(_ code: Int32, inside outer: Int32) -> Bool {
        var current = code
        // Bounded so that a malformed list with a parent cycle cannot hang a build.
        for _ in 0..<8 {
            guard let parent = parents[current] else { return false }
            if parent == outer { return true }
            current = parent
        }
        return false
    }
}
