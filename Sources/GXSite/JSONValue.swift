import Foundation

/// A JSON value whose objects keep their key order, so open data is byte-stable and reads in schema order.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Serialises with two-space indentation and a trailing newline at the top level.
    public func serialized(pretty: Bool = true) -> String {
        var out = ""
        write(into: &out, indent: pretty ? 0 : nil)
        if pretty { out += "\n" }
        return out
    }

    private func write(into out: inout String, indent: Int?) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let n): out += String(n)
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out += "[]"; return }
            // Arrays of scalars stay on one line: rows of figures read as rows.
            let scalar = items.allSatisfy { if case .array = $0 { return false }; if case .object = $0 { return false }; return true }
            if scalar || indent == nil {
                out += "["
                for (i, item) in items.enumerated() {
                    if i > 0 { out += indent == nil ? "," : ", " }
                    item.write(into: &out, indent: nil)
                }
                out += "]"
                return
            }
            let inner = indent! + 2
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += Self.spaces(inner)
                item.write(into: &out, indent: inner)
                out += i == items.count - 1 ? "\n" : ",\n"
            }
            out += Self.spaces(indent!)
            out += "]"
        case .object(let pairs):
            if pairs.isEmpty { out += "{}"; return }
            guard let indent else {
                out += "{"
                for (i, (key, value)) in pairs.enumerated() {
                    if i > 0 { out += "," }
                    JSONValue.writeString(key, into: &out)
                    out += ":"
                    value.write(into: &out, indent: nil)
                }
                out += "}"
                return
            }
            let inner = indent + 2
            out += "{\n"
            for (i, (key, value)) in pairs.enumerated() {
                out += Self.spaces(inner)
                JSONValue.writeString(key, into: &out)
                out += ": "
                value.write(into: &out, indent: inner)
                out += i == pairs.count - 1 ? "\n" : ",\n"
            }
            out += Self.spaces(indent)
            out += "}"
        }
    }

    private static let indentation = (0...16).map { String(repeating: " ", count: $0 * 2) }

    /// `n` spaces, made once for the usual depths.
    private static func spaces(_ n: Int) -> String {
        n % 2 == 0 && n / 2 < indentation.count ? indentation[n / 2] : String(repeating: " ", count: n)
    }

    static func writeString(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: append them whole (scalar-by-scalar appends dominate the cost otherwise).
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }) {
            out += s
            out += "\""
            return
        }
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            // Escaping <, > and & keeps JSON safe to inline in HTML.
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += String(format: "\\u%04x", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// Equality compares keys in order, as the serialised form does.
    public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        lhs.serialized(pretty: false) == rhs.serialized(pretty: false)
    }

    /// Hashes the serialised form.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(serialized(pretty: false))
    }
}
