import GXBuild

/// The slugs of a whole set of names, so that names whose pinyin collides still get distinct paths.
///
/// Every member of a colliding group is suffixed (none keeps the bare base), and the suffix comes
/// from the name's own hash: a slug therefore depends only on which names share its base, never
/// on input order or on which of them was added first.
public struct SlugRegistry: Sendable {
    private let slugs: [String: String]
    private let taken: Set<String>

    /// Assigns slugs to the distinct names in `names`; duplicates are harmless.
    public init(names: some Sequence<String>) {
        var groups: [String: [String]] = [:]
        for name in Set(names) {
            groups[Slug.base(for: name), default: []].append(name)
        }
        var slugs: [String: String] = [:]
        for (base, group) in groups {
            if group.count == 1 {
                slugs[group[0]] = base
            } else {
                for name in group { slugs[name] = Self.suffixed(base, name, digits: 6) }
            }
        }
        // Six hex digits can still meet another slug (one chance in millions, or a name that
        // literally reads like base-hex); lengthen the suffix for exactly those names.
        for digits in [12, 64] {
            var owners: [String: [String]] = [:]
            for (name, slug) in slugs { owners[slug, default: []].append(name) }
            let clashing = owners.values.filter { $0.count > 1 }.joined()
            if clashing.isEmpty { break }
            for name in clashing { slugs[name] = Self.suffixed(Slug.base(for: name), name, digits: digits) }
        }
        self.slugs = slugs
        self.taken = Set(slugs.values)
    }

    /// The slug of `name`; a name not given to `init` gets its base, suffixed if that is already someone's slug.
    public func slug(for name: String) -> String {
        if let slug = slugs[name] { return slug }
        let base = Slug.base(for: name)
        return taken.contains(base) ? Self.suffixed(base, name, digits: 6) : base
    }

    private static func suffixed(_ base: String, _ name: String, digits: Int) -> String {
        base + "-" + SHA256.hex(Array(name.utf8)).prefix(digits)
    }
}
