import Foundation
import GXBuild
import GXReport

/// The legacy inputs a build is about to parse, converted to DOCX before the parsers start, in as few LibreOffice calls
/// as there are batches: the parsers run on several threads and, left to themselves, would convert one file per call
/// (seconds each) under the converter's lock. The DOCX files wait in a private folder until `finish`.
final class LegacyBatch: Sendable {
    /// The converter, also used for an input that was not converted here.
    let converter: LegacyConverter
    /// The private folder holding the converted files; nil when nothing was converted.
    let folder: URL?
    /// Each prepared input's conversion, by its path under the content folder.
    private let prepared: [String: Entry]

    /// One input's conversion.
    private struct Entry: Sendable {
        /// The SHA-256 of the bytes converted, so a file changed since is converted again.
        var sha256: String
        /// The converted DOCX file, or why there is none.
        var result: Result<URL, LegacyConverter.Failure>
    }

    /// Converts `inputs` (legacy inputs all) with `converter`, `LegacyConverter.batchSize` files per call.
    init(_ inputs: [InputFile], converter: LegacyConverter) {
        self.converter = converter
        (folder, prepared) = Self.prepare(inputs, converter: converter)
    }

    /// The body of `init`: the folder made and each input's conversion.
    private static func prepare(_ inputs: [InputFile], converter: LegacyConverter) -> (URL?, [String: Entry]) {
        guard !inputs.isEmpty else { return (nil, [:]) }
        // Without a folder each input is converted on its own, and reports the reason itself.
        guard case .success(let folder) = LegacyConverter.privateFolder() else { return (nil, [:]) }
        var prepared: [String: Entry] = [:]
        for start in stride(from: 0, to: inputs.count, by: LegacyConverter.batchSize) {
            var files: [(data: Data, format: String, name: String)] = []
            var chosen: [(path: String, sha256: String)] = []
            for (n, input) in inputs[start..<min(start + LegacyConverter.batchSize, inputs.count)].enumerated() {
                // What cannot be read, or is too large, is left to the reader, which reports it as for any input.
                guard (input.stamp?.size ?? 0) <= InputReader.sizeLimit, let data = try? Data(contentsOf: input.url),
                      !data.isEmpty, data.count <= InputReader.sizeLimit else { continue }
                files.append((data, InputReader.format(of: input.path), String(start + n)))
                chosen.append((input.path, SHA256.hex(data)))
            }
            for (file, result) in zip(chosen, converter.convert(files, in: folder)) {
                prepared[file.path] = Entry(sha256: file.sha256, result: result)
            }
        }
        return (folder, prepared)
    }

    /// The converted DOCX of the input at `path` when it was converted from exactly `original`; nil when it was not
    /// prepared (or has changed since), for the caller to convert it on its own.
    func docx(for path: String, original: Data) -> Result<Data, LegacyConverter.Failure>? {
        guard let entry = prepared[path] else { return nil }
        guard entry.sha256 == SHA256.hex(original) else { return nil }
        return entry.result.flatMap { url in
            Result { try Data(contentsOf: url) }.mapError { .system(OutputWriter.reason($0)) }
        }
    }

    /// Whether the outcome of `path` came from a failure another build may not meet, and so is not to be cached.
    func isTransient(_ path: String) -> Bool {
        guard case .failure(let failure) = prepared[path]?.result else { return false }
        return failure.isTransient
    }

    /// Removes the converted files; the batch answers nothing afterwards that needs them.
    func finish() {
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// A batch let go of without `finish` leaves no folder behind.
    deinit {
        finish()
    }
}
