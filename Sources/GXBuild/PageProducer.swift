import Foundation
import GXReport

/// Makes each output of the site unless the published site holds it made from the same declared dependencies, in which
/// case the published file is taken as it is.
///
/// Outputs are declared by path, template and dependencies (`Dependencies`); the producer derives every key, records it
/// with the files written and compares it with what the last build recorded. Safe to use from several threads.
package final class PageProducer: Sendable {
    /// Where the outputs are written.
    package let writer: OutputWriter
    /// What every key starts from: gxsite, the theme and the settings.
    let seed: String
    /// The published site's files with the keys they were made from; empty when nothing may be taken from it.
    let previous: [String: BuildCache.OutputFile]
    /// Each input's parse key (its bytes, its sidecars' and the parser) by its path.
    let inputKeys: [String: String]
    /// Outputs taken from the published site rather than made.
    package let reused = Tally()

    /// A producer writing through `writer`; `previous` is the published site's list, `inputKeys` each input's parse key.
    package init(writer: OutputWriter, seed: String, previous: [String: BuildCache.OutputFile], inputKeys: [String: String]) {
        (self.writer, self.seed, self.previous, self.inputKeys) = (writer, seed, previous, inputKeys)
    }

    /// The key of an output made from `dependencies`.
    package func key(of dependencies: Dependencies) -> DerivedKey {
        var parts = [seed]
        parts.reserveCapacity(dependencies.items.count + 1)
        for item in dependencies.items {
            switch item {
            case .input(let path): parts.append(inputKeys[path] ?? "input " + path)
            case .value(let value): parts.append(value)
            case .derived(let key): parts.append(key.text)
            case .findings(let findings):
                var w = ArchiveWriter()
                ReportArchive.append(findings, to: &w)
                parts.append(SHA256.hex(w.bytes))
            case .context(let context):
                var bytes: [UInt8] = []
                ContextDigest.append(context, to: &bytes)
                parts.append(SHA256.hex(bytes))
            }
        }
        return DerivedKey(text: BuildCache.digest(parts))
    }

    /// Makes the files at `paths` with `make` unless the published site holds all of them made from `key`; `make` writes
    /// them through the sink, which records them as made from `key`.
    package func produce(_ paths: [String], key: DerivedKey, make: (OutputSink) throws -> Void) throws {
        if let first = paths.first, previous[first]?.key == key.text {
            let files = paths.compactMap { previous[$0] }
            if files.count == paths.count, try writer.reuse(Array(zip(paths, files))) {
                reused.add()
                return
            }
        }
        try make(OutputSink(writer: writer, key: key.text))
    }

    /// Renders a page made from `dependencies` and the context `context()` makes, unless the published page was made from
    /// the same: the context is made only when the dependencies changed, and rendered only when it changed too.
    ///
    /// The recorded key is the dependencies' key and the context's, joined by a space: when only the first changed (an
    /// edit to a report's prose changes what a list of reports depends on, not the rows that list it), the published
    /// page is what this context renders to, and is taken as it is.
    package func page<Context>(_ path: String, dependencies: Dependencies, context: () -> Context,
                               render: (Context) -> String) throws {
        let declared = key(of: dependencies).text
        // The published page's two parts, split as bytes: a Character search walks grapheme clusters, and a rebuild
        // splits the key of every published page it looks at.
        let old = previous[path]?.key.map { key in
            key.utf8.firstIndex(of: UInt8(ascii: " ")).map { [String(key[..<$0]), String(key[key.utf8.index(after: $0)...])] } ?? [key]
        } ?? []
        if old.count == 2, old[0] == declared, try reuse(path, recordedAs: declared + " " + old[1]) { return }
        let made = context()
        var bytes: [UInt8] = []
        ContextDigest.append(made, to: &bytes)
        let rendered = SHA256.hex(bytes)
        if old.count == 2, old[1] == rendered, try reuse(path, recordedAs: declared + " " + rendered) { return }
        try writer.write(render(made), to: path, key: declared + " " + rendered)
    }

    /// Takes the published file at `path`, recorded as made from `key`; false when it must be made.
    private func reuse(_ path: String, recordedAs key: String) throws -> Bool {
        guard var old = previous[path] else { return false }
        old.key = key
        guard try writer.reuse(path, old) else { return false }
        reused.add()
        return true
    }
}

/// Writes the files of one output, each recorded as made from the output's key.
package struct OutputSink {
    let writer: OutputWriter
    let key: String

    /// Writes UTF-8 `text` at `path`; returns its SHA-256.
    @discardableResult
    package func write(_ text: String, to path: String) throws -> SHA256.Digest {
        try writer.write(text, to: path, key: key)
    }

    /// Writes `bytes` at `path`.
    package func write(bytes: [UInt8], to path: String) throws {
        try writer.write(bytes: bytes, to: path, key: key)
    }

    /// Copies the file at `source`, whose SHA-256 is `sha256` when known, to `path`.
    package func copy(_ source: URL, sha256: String?, to path: String) throws {
        try writer.copy(source, sha256: sha256, to: path, key: key)
    }
}
