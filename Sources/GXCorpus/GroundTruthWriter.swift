/// Writes `ground-truth.json` by hand so key order and bytes are fixed (one entry per line keeps
/// diffs between seeds readable).
enum GroundTruthWriter {
    /// The JSON document: `{"generator", "seed", "count", "injected": [...]}`.
    static func json(generator: String, seed: UInt64, count: Int, truth: [InjectedError]) -> String {
        var out = ""
        out.reserveCapacity(200 + truth.count * 160)
        out += "{\n  \"generator\": "
        appendString(generator, to: &out)
        out += ",\n  \"seed\": " + String(seed)
        out += ",\n  \"count\": " + String(count)
        out += ",\n  \"injected\": ["
        for (i, entry) in truth.enumerated() {
            out += i == 0 ? "\n    {\"file\": " : ",\n    {\"file\": "
            appendString(entry.file, to: &out)
            out += ", \"rule\": "
            appendString(entry.rule, to: &out)
            out += ", \"severity\": "
            appendString(entry.severity, to: &out)
            out += ", \"line\": " + String(entry.line)
            out += ", \"column\": " + String(entry.column)
            out += ", \"description\": "
            appendString(entry.description, to: &out)
            out += "}"
        }
        out += truth.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    private static func appendString(_ s: String, to out: inout String) {
        out += "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}
