import Foundation

/// Writes `ground-truth.json` by hand so key order and bytes are fixed (one entry per line keeps
/// diffs between seeds readable).
enum GroundTruthWriter {
    /// The JSON document: `{"generator", "seed", "count", "injected": [...], "copied": [...]}`.
    static func json(generator: String, seed: UInt64, count: Int, truth: [InjectedError], reuse: [ReuseInjection] = []) -> String {
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
        out += truth.isEmpty ? "]" : "\n  ]"
        out += ",\n  \"copied\": ["
        for (i, entry) in reuse.enumerated() {
            out += i == 0 ? "\n    {\"file\": " : ",\n    {\"file\": "
            appendString(entry.file, to: &out)
            out += ", \"rule\": "
            appendString(entry.rule, to: &out)
            out += ", \"source\": "
            appendString(entry.source, to: &out)
            out += ", \"size\": " + String(entry.size)
            out += ", \"reported\": " + (entry.reported ? "true" : "false") + "}"
        }
        out += reuse.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
        return out
    }

    /// Appends `s` as a JSON string literal, through Foundation's encoder; slashes stay unescaped so paths read as written.
    private static func appendString(_ s: String, to out: inout String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Encoding a String cannot fail: it has no non-conforming values.
        out += String(decoding: try! encoder.encode(s), as: UTF8.self)
    }
}
