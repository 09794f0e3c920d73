import Foundation

/// The lines of the published site's line files by item key, one table per line format: what a rebuild takes instead of
/// making an unchanged item's lines again.
package struct PublishedLines: Sendable {
    /// For each format, in the order the sources were given, each item's line by its key.
    package var byFormat: [[String: Data]]

    /// No lines: everything is made.
    package static func none(formats: Int) -> PublishedLines { PublishedLines(byFormat: Array(repeating: [:], count: formats)) }

    /// Reads, for each format, the lines of `sources[format]`: a file of the site in `folder` that holds one line per
    /// item of `keys` in `layout`. A format's table is empty unless its file is exactly the one the last build wrote
    /// (`files` says its size and how it was recorded) and cuts into that many lines.
    package static func read(folder: String, files: [String: BuildCache.OutputFile], keys: [String],
                             sources: [(path: String, layout: LineLayout)]) -> PublishedLines {
        var result = none(formats: sources.count)
        guard !keys.isEmpty else { return result }
        for (format, source) in sources.enumerated() {
            guard let file = files[source.path], let bytes = contents(of: folder + "/" + source.path, size: file.size),
                  let lines = bytes.withUnsafeBytes({ raw -> [Range<Int>]? in
                      guard LineFiles.isUnchanged(raw, as: file) else { return nil }
                      return source.layout.cut(raw, count: keys.count)
                  })
            else { continue }
            var table: [String: Data] = [:]
            table.reserveCapacity(keys.count)
            for (key, range) in zip(keys, lines) { table[key] = bytes[range] }
            result.byFormat[format] = table
        }
        return result
    }

    /// The bytes of the file at `path` when it holds exactly `size` of them, mapped rather than read (the published data
    /// files are tens of megabytes, which read would be copied into memory the build must first clear); nil otherwise or
    /// when it cannot be read.
    static func contents(of path: String, size: Int) -> Data? {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped), data.count == size else { return nil }
        return data
    }
}
