import Foundation
@testable import GXPortal

/// Walks a template's outline with the context stack swift-mustache would have, and lists every name that no context
/// on the stack declares.
///
/// A page kind's template starts with its `PageContext` under the `PageFrame`, `base` with `BasePageContext`. A section
/// over a name pushes the name's type: a list's element type, a context or a plain value (which declares no name);
/// `true`/`false` and inverted sections push nothing that has names. A partial is walked with the stack of the tag that
/// includes it. A name resolves at the topmost context declaring it, as a lookup goes down the stack; a dotted name's
/// further parts must be declared by the type the first part resolves to.
struct TemplateNameCheck {
    /// A context on the stack, as far as names go.
    enum Frame {
        /// A context whose names are declared.
        case context(any TemplateContext.Type)
        /// A plain value (a string, a number), which answers no name.
        case value(Any.Type)

        /// The type's name with the types it is nested in (`PagerContext.Item`), without the module's.
        var label: String {
            let type: Any.Type = switch self {
            case .context(let context): context
            case .value(let value): value
            }
            return String(reflecting: type).replacingOccurrences(of: "GXPortal.", with: "")
        }
    }

    /// A name a template uses that no context on its stack declares.
    struct Problem: CustomStringConvertible {
        /// The template and the partials the name was reached through, e.g. `home > report-table > pager`.
        let template: String
        let name: String
        let line: Int
        /// The stack, bottom first.
        let stack: [Frame]

        var description: String {
            "\(template):\(line): {{\(name)}} is declared by no context on its stack (\(stack.map(\.label).joined(separator: " < ")))"
        }
    }

    /// The outlines of the theme's templates, by name.
    let outlines: [String: TemplateOutline]
    /// Every problem found by the walks so far.
    private(set) var problems: [Problem] = []
    /// Every template the walks reached, partials included.
    private(set) var visited: Set<String> = []

    /// The check of `templates` (name → text).
    init(templates: [String: String]) throws {
        outlines = try templates.mapValues { try TemplateOutline($0) }
    }

    /// Walks `template` with `stack` (bottom first).
    mutating func check(_ template: String, stack: [Frame]) {
        walk(template, path: template, stack: stack, depth: 0)
    }

    private mutating func walk(_ template: String, path: String, stack: [Frame], depth: Int) {
        visited.insert(template)
        guard let outline = outlines[template] else {
            problems.append(Problem(template: path, name: ">" + template, line: 0, stack: stack))
            return
        }
        guard depth < 16 else { return }
        walk(outline.nodes, path: path, stack: stack, depth: depth)
    }

    private mutating func walk(_ nodes: [TemplateOutline.Node], path: String, stack: [Frame], depth: Int) {
        for node in nodes {
            switch node {
            case .variable(let name, let line):
                if name != ".", resolve(name, in: stack) == nil { problems.append(Problem(template: path, name: name, line: line, stack: stack)) }
            case .section(let name, let inverted, let children, let line):
                guard let type = resolve(name, in: stack) else {
                    problems.append(Problem(template: path, name: (inverted ? "^" : "#") + name, line: line, stack: stack))
                    continue
                }
                walk(children, path: path, stack: inverted || type == Bool.self ? stack : stack + [Self.frame(pushedBy: type)], depth: depth)
            case .partial(let name, _):
                walk(name, path: path + " > " + name, stack: stack, depth: depth + 1)
            }
        }
    }

    /// The type a name resolves to on `stack`; nil when no context declares it.
    func resolve(_ name: String, in stack: [Frame]) -> Any.Type? {
        let parts = name.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        for frame in stack.reversed() {
            guard case .context(let context) = frame, let found = context.declaredNames[first] else { continue }
            var type = found
            for part in parts.dropFirst() {
                guard let context = type as? any TemplateContext.Type, let next = context.declaredNames[part] else { return nil }
                type = next
            }
            return type
        }
        return nil
    }

    /// What a section over a value of `type` pushes: a list's elements, or the value itself.
    static func frame(pushedBy type: Any.Type) -> Frame {
        let pushed = (type as? any ListMarker.Type)?.element ?? type
        return (pushed as? any TemplateContext.Type).map(Frame.context) ?? .value(pushed)
    }
}

/// Lets the check see a list's element type.
protocol ListMarker {
    static var element: Any.Type { get }
}

extension Array: ListMarker {
    static var element: Any.Type { Element.self }
}

extension TemplateContext {
    /// The declared names with their types.
    static var declaredNames: [String: Any.Type] {
        Dictionary(fields.all.map { ($0.name, $0.type) }) { first, _ in first }
    }
}
