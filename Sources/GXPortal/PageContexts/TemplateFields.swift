import GXBuild

/// The names a context type declares: looked up by name while rendering, walked in name order for a page's key.
struct TemplateFields<Root>: Sendable {
    /// The fields in the order declared.
    let all: [TemplateField<Root>]
    /// Each field's position in `all`, by name.
    private let positions: [String: Int]
    /// The positions in `all` in the order of their names' UTF-8 bytes, the order `ContextDigest` writes a
    /// dictionary's keys in, so a context digests as the dictionary of its present values would.
    let digestOrder: [Int]

    init(_ fields: [TemplateField<Root>]) {
        all = fields
        positions = Dictionary(fields.enumerated().map { ($1.name, $0) }) { _, _ in
            preconditionFailure("a context declares a name twice")
        }
        digestOrder = fields.indices.sorted { String.utf8Precedes(fields[$0].name, fields[$1].name) }
    }

    /// The value of `name` in `root`; nil when it is not declared or absent.
    func value(named name: String, of root: Root) -> Any? {
        guard let i = positions[name] else { return nil }
        return all[i].value(root)
    }

    /// The declared names.
    var names: [String] { all.map(\.name) }
}
