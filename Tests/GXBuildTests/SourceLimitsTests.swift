import Foundation
import Testing

/// The repository's size rule: no Swift file under `Sources/` over 400 lines and no function over 60, except those
/// `CONTRIBUTING.md` lists with a reason under "Size limits".
@Suite struct SourceLimitsTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let maxFileLines = 400
    static let maxFunctionLines = 60

    /// A function's extent: from its declaration line to its closing brace.
    struct Function: Equatable {
        var name: String
        var line: Int
        var lines: Int
    }

    /// The functions, initialisers and computed properties with a body declared in `text`, with their lengths.
    static func functions(in text: String) -> [Function] {
        let lines = text.components(separatedBy: "\n")
        let declaration = try! NSRegularExpression(pattern: #"^\s*(?:@[\w()]+\s+)*(?:(?:public|package|private|fileprivate|internal|static|class|final|override|mutating|nonmutating|convenience|required|nonisolated)\s+)*(func\s+([^\s(<]+)|init[?!]?|deinit|subscript)"#)
        var found: [Function] = []
        for (i, line) in lines.enumerated() {
            let range = NSRange(line.startIndex..., in: line)
            guard let match = declaration.firstMatch(in: line, range: range) else { continue }
            let name = Range(match.range(at: 2), in: line).map { String(line[$0]) }
                ?? String(line[Range(match.range(at: 1), in: line)!]).trimmingCharacters(in: CharacterSet(charactersIn: "?!"))
            if let end = closingLine(of: lines, from: i) { found.append(Function(name: name, line: i + 1, lines: end - i + 1)) }
        }
        return found
    }

    /// The line of the brace closing the body that opens on or after `start`; nil for a declaration without a body.
    static func closingLine(of lines: [String], from start: Int) -> Int? {
        var depth = 0
        var opened = false
        let nextDeclaration = ["func ", "init", "var ", "let ", "}", "///", "@", "case ", "static ", "public ", "package ", "private ",
                               "fileprivate ", "mutating ", "subscript", "deinit"]
        for j in start..<lines.count {
            let trimmed = lines[j].drop { $0 == " " }
            // A declaration without a body (a protocol's requirement) is followed by the next one before any brace.
            if !opened, j > start, nextDeclaration.contains(where: { trimmed.hasPrefix($0) }) { return nil }
            for c in code(of: lines[j]) {
                if c == "{" { depth += 1; opened = true } else if c == "}" { depth -= 1 }
                if opened, depth == 0 { return j }
            }
        }
        return nil
    }

    /// The line without its string literals and comment, so braces inside them are not counted.
    static func code(of line: String) -> String {
        var out = ""
        var inString = false
        var escaped = false
        var previous: Character = " "
        for c in line {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
            } else if c == "\"" {
                inString = true
            } else if c == "/", previous == "/" {
                out.removeLast()
                break
            } else {
                out.append(c)
            }
            previous = c
        }
        return out
    }

    /// The exceptions CONTRIBUTING.md lists: `path` for a file, `path name` for a function.
    static func exceptions() throws -> Set<String> {
        let text = try String(contentsOf: repository.appendingPathComponent("CONTRIBUTING.md"), encoding: .utf8)
        guard let section = text.range(of: "### Size limits") else { return [] }
        var listed: Set<String> = []
        for line in text[section.upperBound...].split(separator: "\n") {
            if line.hasPrefix("#") { break }
            guard line.hasPrefix("- `") else { continue }
            let quoted = line.split(separator: "`", omittingEmptySubsequences: false)
            guard quoted.count >= 3 else { continue }
            let path = String(quoted[1])
            // "- `path` `name`: why" names a function; "- `path`: why" the file.
            if quoted.count >= 5, quoted[2].trimmingCharacters(in: .whitespaces).isEmpty {
                listed.insert(path + " " + quoted[3])
            } else {
                listed.insert(path)
            }
        }
        return listed
    }

    static func sources() throws -> [String] {
        let sources = repository.appendingPathComponent("Sources")
        let walker = FileManager.default.enumerator(atPath: sources.path)
        var paths: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.hasSuffix(".swift") { paths.append("Sources/" + path) }
        }
        return paths.sorted()
    }

    @Test func noFileOrFunctionIsLongerThanTheRuleAllowsUnlessListed() throws {
        let listed = try Self.exceptions()
        var over: [String] = []
        var used: Set<String> = []
        for path in try Self.sources() {
            let text = try String(contentsOf: Self.repository.appendingPathComponent(path), encoding: .utf8)
            let count = text.components(separatedBy: "\n").count - (text.hasSuffix("\n") ? 1 : 0)
            if count > Self.maxFileLines {
                if listed.contains(path) { used.insert(path) } else { over.append("\(path): \(count) lines") }
            }
            for f in Self.functions(in: text) where f.lines > Self.maxFunctionLines {
                let id = path + " " + f.name
                if listed.contains(id) { used.insert(id) } else { over.append("\(path):\(f.line) \(f.name): \(f.lines) lines") }
            }
        }
        #expect(over.isEmpty, "over the limits and not listed in CONTRIBUTING.md: \(over)")
        // An exception no longer needed is removed from the list, so the list stays the truth.
        #expect(used == listed, "listed in CONTRIBUTING.md but within the limits: \(listed.subtracting(used).sorted())")
    }

    @Test func functionsAreMeasuredFromDeclarationToClosingBrace() {
        let text = """
        struct A {
            func short() {
                let s = "}{"  // }
            }
            init?(x: Int) {
                if x > 0 {
                }
            }
            func required()
        }
        """
        #expect(Self.functions(in: text) == [Function(name: "short", line: 2, lines: 3), Function(name: "init", line: 5, lines: 4)])
    }
}
