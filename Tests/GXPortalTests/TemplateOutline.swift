import Foundation

/// The tags of a Mustache template that look names up, nested as the template nests its sections.
///
/// A small scanner of its own rather than swift-mustache's parser, whose tokens are internal: it knows the tags the
/// theme uses and throws on any other kind (delimiter changes, blocks, parents, dynamic partials), so a template it
/// cannot read fully fails the check instead of passing unchecked.
struct TemplateOutline {
    /// A tag that looks a name up.
    indirect enum Node {
        /// `{{name}}`, `{{{name}}}` or `{{&name}}`.
        case variable(String, line: Int)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
        case section(String, inverted: Bool, [Node], line: Int)
        /// `{{>name}}`.
        case partial(String, line: Int)
    }

    /// Why a template cannot be outlined.
    struct Unreadable: Error, CustomStringConvertible {
        let description: String
    }

    let nodes: [Node]

    init(_ text: String) throws {
        var stack: [(name: String, inverted: Bool, nodes: [Node], line: Int)] = [("", false, [], 0)]
        var rest = Substring(text)
        var line = 1
        while let open = rest.range(of: "{{") {
            line += rest[..<open.lowerBound].count { $0 == "\n" }
            let triple = rest[open.upperBound...].hasPrefix("{")
            let closing = triple ? "}}}" : "}}"
            let start = triple ? rest.index(after: open.upperBound) : open.upperBound
            guard let close = rest[start...].range(of: closing) else { throw Unreadable(description: "line \(line): unclosed tag") }
            let tag = rest[start..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            line += rest[open.lowerBound..<close.lowerBound].count { $0 == "\n" }
            rest = rest[close.upperBound...]
            if triple {
                stack[stack.count - 1].nodes.append(.variable(tag, line: line))
                continue
            }
            let name = String(tag.dropFirst()).trimmingCharacters(in: .whitespaces)
            switch tag.first {
            case "!", "%": break
            case "#", "^": stack.append((name, tag.first == "^", [], line))
            case "/":
                guard stack.count > 1, let section = stack.popLast(), section.name == name else {
                    throw Unreadable(description: "line \(line): {{/\(name)}} closes no open section of that name")
                }
                stack[stack.count - 1].nodes.append(.section(name, inverted: section.inverted, section.nodes, line: section.line))
            case ">":
                guard !name.hasPrefix("*") else { throw Unreadable(description: "line \(line): dynamic partial {{\(tag)}}") }
                stack[stack.count - 1].nodes.append(.partial(name, line: line))
            case "&": stack[stack.count - 1].nodes.append(.variable(name, line: line))
            case "=", "$", "<": throw Unreadable(description: "line \(line): unsupported tag {{\(tag)}}")
            default: stack[stack.count - 1].nodes.append(.variable(tag, line: line))
            }
        }
        guard stack.count == 1 else { throw Unreadable(description: "{{#\(stack[stack.count - 1].name)}} is never closed") }
        nodes = stack[0].nodes
    }
}
