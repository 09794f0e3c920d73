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
    package let previous: [String: BuildCache.OutputFile]
    /// Each input's parse key (its bytes, its sidecars' and the parser) by its path.
    let inputKeys: [String: String]
    /// Each input's SHA-256 by its path, when known: an input offered as it is needs no reading when unchanged.
    let inputDigests: [String: String]
    /// Outputs taken from the published site rather than made.
    package let reused = Tally()

    /// A producer writing through `writer`; `previous` is the published site's list, `inputKeys` each input's parse key
    /// and `inputDigests` each input's SHA-256.
    package init(writer: OutputWriter, seed: String, previous: [String: BuildCache.OutputFile], inputKeys: [String: String],
                 inputDigests: [String: String] = [:]) {
        (self.writer, self.seed, self.previous, self.inputKeys, self.inputDigests) = (writer, seed, previous, inputKeys, inputDigests)
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
        try make(OutputSink(producer: self, key: key.text))
    }

    /// Makes files that are never taken from the published site (a superseded report's, whose page shows the current
    /// one's date); `make` writes them through the sink, which records them without a key.
    package func make(_ make: (OutputSink) throws -> Void) throws {
        try make(OutputSink(producer: self, key: nil))
    }

    /// Renders a page unless the published page was made from the same: `frame` declares what places and frames it (its
    /// path, template, title …), `shown` what its context is made from (the reports it lists …). The context is made
    /// only when `shown` or `frame` changed, and rendered only when it changed too.
    ///
    /// The recorded key is two keys joined by a space, the frame's with what is shown and the frame's with the context:
    /// when only what is shown changed (an edit to a report's prose changes what a list of reports depends on, not the
    /// rows that list it), the published page is what this context renders to, and is taken as it is.
    package func page<Context>(_ path: String, frame: Dependencies, shown: Dependencies, context: () -> Context,
                               render: (Context) -> String) throws {
        var declared = frame
        declared.value("shown")
        declared.append(shown)
        let declaredKey = key(of: declared).text
        // The published page's two parts, split as bytes: a Character search walks grapheme clusters, and a rebuild
        // splits the key of every published page it looks at.
        let old = previous[path]?.key.map { key in
            key.utf8.firstIndex(of: UInt8(ascii: " ")).map { [String(key[..<$0]), String(key[key.utf8.index(after: $0)...])] } ?? [key]
        } ?? []
        if old.count == 2, old[0] == declaredKey, try reuse(path, recordedAs: declaredKey + " " + old[1]) { return }
        let made = context()
        var rendered = frame
        rendered.value("context")
        rendered.context(made)
        let renderedKey = key(of: rendered).text
        if old.count == 2, old[1] == renderedKey, try reuse(path, recordedAs: declaredKey + " " + renderedKey) { return }
        try writer.write(render(made), to: path, key: declaredKey + " " + renderedKey)
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
    let producer: PageProducer
    let key: String?
    var writer: OutputWriter { producer.writer }

    /// Writes UTF-8 `text` at `path`; returns its SHA-256.
    @discardableResult
    package func write(_ text: String, to path: String) throws -> SHA256.Digest {
        try writer.write(text, to: path, key: key)
    }

    /// Writes `bytes` at `path`.
    package func write(bytes: [UInt8], to path: String) throws {
        try writer.write(bytes: bytes, to: path, key: key)
    }

    /// Writes `data` at `path`.
    package func write(_ data: Data, to path: String) throws {
        try writer.write(data, to: path, key: key)
    }

    /// Copies the content file `input` (a path under the content folder), found at `source`, to `path`: without reading
    /// it when the published copy has the same bytes.
    package func copy(input: String, from source: URL, to path: String) throws {
        try writer.copy(source, sha256: producer.inputDigests[input], to: path, key: key)
    }
}
