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
        let bytes = serializedBytes(pretty: pretty)
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            _ = buffer.initialize(from: bytes)
            return bytes.count
        }
    }

    /// `serialized(pretty:)` as UTF-8 bytes.
    ///
    /// Written into bytes rather than a string: every small append to a string checks its storage and capacity again,
    /// and a report's JSON is many small appends, made twice per report (its file and its open-data line).
    public func serializedBytes(pretty: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(pretty ? 4096 : 2048)
        write(into: &out, indent: pretty ? 0 : nil)
        if pretty { out.append(0x0A) }
        return out
    }

    private func write(into out: inout [UInt8], indent: Int?) {
        switch self {
        case .null: out.append(contentsOf: Self.nullText)
        case .bool(let b): out.append(contentsOf: b ? Self.trueText : Self.falseText)
        case .int(let n): Self.writeInt(n, into: &out)
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: Self.emptyArray); return }
            // Arrays of scalars stay on one line: rows of figures read as rows.
            let scalar = items.allSatisfy { if case .array = $0 { return false }; if case .object = $0 { return false }; return true }
            if scalar || indent == nil {
                out.append(UInt8(ascii: "["))
                for (i, item) in items.enumerated() {
                    if i > 0 { out.append(contentsOf: indent == nil ? Self.comma : Self.commaSpace) }
                    item.write(into: &out, indent: nil)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            let inner = indent! + 2
            out.append(contentsOf: Self.openArray)
            for (i, item) in items.enumerated() {
                Self.writeSpaces(inner, into: &out)
                item.write(into: &out, indent: inner)
                out.append(contentsOf: i == items.count - 1 ? Self.newline : Self.commaNewline)
            }
            Self.writeSpaces(indent!, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let pairs):
            if pairs.isEmpty { out.append(contentsOf: Self.emptyObject); return }
            guard let indent else {
                out.append(UInt8(ascii: "{"))
                for (i, (key, value)) in pairs.enumerated() {
                    if i > 0 { out.append(UInt8(ascii: ",")) }
                    JSONValue.writeString(key, into: &out)
                    out.append(UInt8(ascii: ":"))
                    value.write(into: &out, indent: nil)
                }
                out.append(UInt8(ascii: "}"))
                return
            }
            let inner = indent + 2
            out.append(contentsOf: Self.openObject)
            for (i, (key, value)) in pairs.enumerated() {
                Self.writeSpaces(inner, into: &out)
                JSONValue.writeString(key, into: &out)
                out.append(contentsOf: Self.colonSpace)
                value.write(into: &out, indent: inner)
                out.append(contentsOf: i == pairs.count - 1 ? Self.newline : Self.commaNewline)
            }
            Self.writeSpaces(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static let nullText = Array("null".utf8), trueText = Array("true".utf8), falseText = Array("false".utf8)
    private static let emptyArray = Array("[]".utf8), emptyObject = Array("{}".utf8), openArray = Array("[\n".utf8)
    private static let openObject = Array("{\n".utf8), comma = Array(",".utf8), commaSpace = Array(", ".utf8)
    private static let newline = Array("\n".utf8), commaNewline = Array(",\n".utf8), colonSpace = Array(": ".utf8)

    /// `n` spaces.
    private static func writeSpaces(_ n: Int, into out: inout [UInt8]) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: n))
    }

    /// The decimal digits of `n`, as `String(n)` writes them.
    package static func writeInt(_ n: Int, into out: inout [UInt8]) {
        if n >= 0 && n < 10 {
            out.append(UInt8(ascii: "0") + UInt8(n))
            return
        }
        out.append(contentsOf: String(n).utf8)
    }

    /// Whether `s` holds a character a JSON string escapes here.
    private static func needsEscape(_ s: String) -> Bool {
        s.utf8.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x3C || $0 == 0x3E || $0 == 0x26 || $0 == 0xE2 }
    }

    /// Appends `s` as a JSON string.
    package static func writeString(_ s: String, into out: inout [UInt8]) {
        // Most strings need no escape: appended whole.
        guard needsEscape(s) else {
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: s.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        var text = ""
        writeString(s, into: &text)
        out.append(contentsOf: text.utf8)
    }

    /// Appends `s` as a JSON string.
    package static func writeString(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escape: append them whole (scalar-by-scalar appends dominate the cost otherwise).
        if !needsEscape(s) {
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
