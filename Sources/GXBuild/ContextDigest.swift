import Foundation

/// A deterministic serialisation of a Mustache context, so a page can be keyed on exactly what it is rendered from.
///
/// Dictionaries are written with sorted keys and every value carries a type tag and a length, so two different
/// contexts never give the same bytes.
package enum ContextDigest {
    /// Appends `value` to `out`.
    package static func append(_ value: Any, to out: inout [UInt8]) {
        switch value {
        case let s as String: tagged("s", s, &out)
        case let s as Substring: tagged("s", String(s), &out)
        case let n as Int: tagged("i", String(n), &out)
        case let b as Bool: tagged("b", b ? "1" : "0", &out)
        case let d as Double: tagged("d", String(d), &out)
        case let context as any ContextDigestible: context.appendDigest(to: &out)
        case let dict as [String: Any]:
            tagged("{", String(dict.count), &out)
            for key in dict.keys.sorted(by: String.utf8Precedes) {
                tagged("k", key, &out)
                append(dict[key]!, to: &out)
            }
        // Lists of rows and of texts are matched as what they are: as `[Any]` each would be copied, every item boxed.
        case let rows as [[String: Any]]:
            tagged("[", String(rows.count), &out)
            for row in rows { append(row, to: &out) }
        case let texts as [String]:
            tagged("[", String(texts.count), &out)
            for text in texts { tagged("s", text, &out) }
        case let list as [Any]:
            tagged("[", String(list.count), &out)
            for item in list { append(item, to: &out) }
        default:
            // Anything else a context may hold prints the same way every time (optionals, small structs).
            tagged("?", String(reflecting: value), &out)
        }
    }

    /// Appends one tagged, length-prefixed text: `{` and `[` with a count open a dictionary and a list, `k` a key.
    package static func tagged(_ tag: Unicode.Scalar, _ text: String, _ out: inout [UInt8]) {
        out.append(UInt8(ascii: tag))
        let utf8 = text.utf8
        out.appendDecimal(utf8.count)
        out.append(0)
        out.append(contentsOf: utf8)
    }

    /// A canonical text of any value (a config struct): like `String(reflecting:)` but with dictionaries sorted.
    package static func canonical(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct, .class, .tuple:
            return "\(mirror.subjectType)(" + mirror.children.map { "\($0.label ?? ""): \(canonical($0.value))" }.joined(separator: ", ") + ")"
        case .optional:
            return mirror.children.first.map { "some(\(canonical($0.value)))" } ?? "nil"
        case .collection, .set:
            let items = mirror.children.map { canonical($0.value) }
            return "[" + (mirror.displayStyle == .set ? items.sorted() : items).joined(separator: ", ") + "]"
        case .dictionary:
            return "[" + mirror.children.map { canonical($0.value) }.sorted().joined(separator: ", ") + "]"
        case .enum:
            return mirror.children.isEmpty ? String(reflecting: value)
                : "\(value)(" + mirror.children.map { canonical($0.value) }.joined(separator: ", ") + ")"
        default:
            return String(reflecting: value)
        }
    }
}
