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
        appendArray("injected", truth, to: &out) { entry, out in
            out += "{\"file\": "
            appendString(entry.file, to: &out)
            out += ", \"rule\": "
            appendString(entry.rule, to: &out)
            out += ", \"severity\": "
            appendString(entry.severity, to: &out)
            out += ", \"line\": " + String(entry.line) + ", \"column\": " + String(entry.column) + ", \"description\": "
            appendString(entry.description, to: &out)
            out += "}"
        }
        appendArray("copied", reuse, to: &out) { entry, out in
            out += "{\"file\": "
            appendString(entry.file, to: &out)
            out += ", \"rule\": "
            appendString(entry.rule, to: &out)
            out += ", \"source\": "
            appendString(entry.source, to: &out)
            out += ", \"size\": " + String(entry.size) + ", \"reported\": " + (entry.reported ? "true" : "false") + "}"
        }
        return out + "\n}\n"
    }

    /// Appends `,\n  "name": [` and the entries, one a line, then `]`.
    private static func appendArray<T>(_ name: String, _ entries: [T], to out: inout String, entry: (T, inout String) -> Void) {
        out += ",\n  \"\(name)\": ["
        for (i, e) in entries.enumerated() {
            out += i == 0 ? "\n    " : ",\n    "
            entry(e, &out)
        }
        out += entries.isEmpty ? "]" : "\n  ]"
    }

    /// Appends `s` as a JSON string literal, through Foundation's encoder; slashes stay unescaped so paths read as written.
    private static func appendString(_ s: String, to out: inout String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        // Encoding a String cannot fail: it has no non-conforming values.
        out += String(decoding: try! encoder.encode(s), as: UTF8.self)
    }
}
