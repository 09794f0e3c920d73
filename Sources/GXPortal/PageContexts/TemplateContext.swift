import GXBuild
import Mustache

/// A value a theme template is rendered with, whose names are declared once, typed, in `fields`.
///
/// swift-mustache asks the context on top of its stack for each name through `child(named:)`. Answering from the
/// declared fields spares building a dictionary for every page and row, and lets `TemplateContextTests` check every
/// name a template uses against these declarations. An absent value answers nil, so the lookup goes on down the
/// context stack exactly as it did for a dictionary without the key.
protocol TemplateContext: MustacheParent, ContextDigestible {
    /// Every name the templates may look up in this context, with where its value is kept.
    static var fields: TemplateFields<Self> { get }
}

extension TemplateContext {
    /// The value of `name`, nil when the context declares no such name or holds no value for it.
    func child(named name: String) -> Any? {
        Self.fields.value(named: name, of: self)
    }

    /// Appends the context as the dictionary of its present values: the same bytes, so a page's key stands for the
    /// values it is rendered from whichever form holds them.
    func appendDigest(to out: inout [UInt8]) {
        let fields = Self.fields
        var present: [(name: String, value: Any)] = []
        present.reserveCapacity(fields.all.count)
        for i in fields.digestOrder {
            if let value = fields.all[i].value(self) { present.append((fields.all[i].name, value)) }
        }
        ContextDigest.tagged("{", String(present.count), &out)
        for (name, value) in present {
            ContextDigest.tagged("k", name, &out)
            if let rows = value as? any TemplateContextList {
                rows.appendEach(to: &out)
            } else {
                ContextDigest.append(value, to: &out)
            }
        }
    }
}

/// A list of typed contexts (the rows of a table), digested item by item without boxing each in `Any` first.
protocol TemplateContextList {
    /// Appends the list as `ContextDigest` writes any list.
    func appendEach(to out: inout [UInt8])
}

extension Array: TemplateContextList where Element: TemplateContext {
    func appendEach(to out: inout [UInt8]) {
        ContextDigest.tagged("[", String(count), &out)
        for row in self { row.appendDigest(to: &out) }
    }
}
