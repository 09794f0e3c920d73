import Foundation
import GXReport

/// The one printer of diagnostics: `path:line:col: severity: message [rule]`, with `(page N)` for a paged input, capped.
enum Diagnostics {
    /// How many findings are printed before `… and N more`.
    static let limit = 200

    /// An empty prefix prints the file as it is (findings about the config file).
    static func line(_ f: Finding, contentPrefix: String) -> String {
        let prefix = contentPrefix.isEmpty || contentPrefix.hasSuffix("/") ? contentPrefix : contentPrefix + "/"
        let page = f.page > 0 ? " (page \(f.page))" : ""
        let accepted = f.acceptance.map { " (accepted: \($0))" } ?? ""
        return "\(prefix)\(f.file):\(f.line):\(f.column): \(f.severity.rawValue): \(f.message) [\(f.rule)]\(page)\(accepted)"
    }

    static func print(_ findings: [Finding], contentPrefix: String) {
        var out = ""
        for f in findings.prefix(limit) { out += line(f, contentPrefix: contentPrefix) + "\n" }
        if findings.count > limit { out += CLIMessages.more(findings.count - limit) + "\n" }
        FileHandle.standardError.write(Data(out.utf8))
    }

    static func warning(_ message: String) {
        FileHandle.standardError.write(Data("gxsite: warning: \(message)\n".utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data("gxsite: error: \(message)\n".utf8))
    }
}
