/// One name a template may use, with the type of its value and how a context gives it.
///
/// `@unchecked Sendable`: the key path and the closure are made once, from literals in a context type's `fields`, and
/// only ever read after.
struct TemplateField<Root>: @unchecked Sendable {
    /// The name as templates spell it (`agency_href`).
    let name: String
    /// The value's type without its Optional: what a section over the name pushes, or the list it iterates.
    let type: Any.Type
    /// The value; nil when absent, so that swift-mustache goes on down its context stack.
    let value: (Root) -> Any?

    /// A name whose value is always there.
    init<Value>(_ name: String, _ path: KeyPath<Root, Value>) {
        precondition(!(Value.self is any OptionalMarker.Type), "\(name): an optional value must keep its nil as absent")
        self.name = name
        self.type = Value.self
        self.value = { $0[keyPath: path] }
    }

    /// A name whose value may be absent: nil is no value at all (not an Optional holding nil, which would render).
    init<Value>(_ name: String, _ path: KeyPath<Root, Value?>) {
        self.name = name
        self.type = Value.self
        self.value = { $0[keyPath: path] }
    }

    /// A name whose absent value answers `false`, stopping the lookup here instead of finding the name further down the
    /// stack (a pager item without a link must not take the page's `href`).
    static func stopping(_ name: String, _ path: KeyPath<Root, String?>) -> TemplateField {
        TemplateField(name: name, type: String.self) { $0[keyPath: path] ?? false }
    }

    private init(name: String, type: Any.Type, value: @escaping (Root) -> Any?) {
        self.name = name
        self.type = type
        self.value = value
    }
}

/// Marks Optional, so that a field made by the wrong initialiser is caught when its type's fields are first used.
protocol OptionalMarker {}
extension Optional: OptionalMarker {}
