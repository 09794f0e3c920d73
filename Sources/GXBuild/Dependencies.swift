import GXReport

/// What an output of the site is made from, as the code that makes it declares it: the engine derives the output's key
/// from the declaration, so no page keeps a key of its own.
///
/// Whatever is declared is taken whole: an input stands for its bytes, its sidecars' and the gxsite that parses it;
/// findings stand for every field the parse cache keeps of them (all of them, as its round-trip tests check); another
/// output's key for everything that output was made from; a context for every value in it.
package struct Dependencies: Sendable {
    /// One declared dependency.
    enum Item: @unchecked Sendable {
        // @unchecked Sendable: a context is a tree of value types (strings, numbers, arrays and dictionaries of them)
        // made for one page and only read after; `Any` cannot say so.
        case input(String)
        case value(String)
        case findings([Finding])
        case derived(DerivedKey)
        case context(Any)
    }

    private(set) var items: [Item] = []

    /// Nothing declared yet.
    package init() {}

    /// Declares `values`, in order.
    package init(_ values: [String]) {
        items = values.map(Item.value)
    }

    /// The content file at `path` (relative to the content folder) as parsed.
    package mutating func input(_ path: String) { items.append(.input(path)) }

    /// A value the output shows or is placed by (a title, a slug, a page number …).
    package mutating func value(_ value: String) { items.append(.value(value)) }

    /// Values the output shows or is placed by, in order.
    package mutating func values(_ values: [String]) { items += values.map(Item.value) }

    /// Findings the output shows.
    package mutating func findings(_ findings: [Finding]) { items.append(.findings(findings)) }

    /// Everything another output was made from, as the engine keyed it.
    package mutating func output(_ key: DerivedKey) { items.append(.derived(key)) }

    /// Everything other outputs were made from, in order.
    package mutating func outputs(_ keys: some Sequence<DerivedKey>) { items += keys.map(Item.derived) }

    /// The values a page is rendered from (see `ContextDigest`).
    package mutating func context(_ context: Any) { items.append(.context(context)) }

    /// Everything `other` declares, after what this declares.
    package mutating func append(_ other: Dependencies) { items += other.items }
}

/// The key the engine derived for an output from its declared dependencies: opaque to the code that declared them,
/// which may only declare it again as a dependency of another output.
package struct DerivedKey: Sendable, Hashable {
    /// The key as the build cache records it (the open data files' lines are recorded by their reports' keys).
    package let text: String
}
