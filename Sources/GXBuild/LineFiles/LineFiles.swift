import Foundation

/// Writes files of one line per item (the open data): a file whose items are the published copy's, in the same order,
/// is taken whole; in the others an unchanged item's line is taken from the published copy by its key, and only the
/// other lines are made. Items are known by their keys (derived like any output's) and a group each (a year), whose
/// files hold only that group's items.
package struct LineFiles {
    /// A file of the set: where it goes, the format of its lines and which items it holds.
    package struct File: Sendable {
        package var path: String
        /// The index of its format in the formats given to `write`.
        package var format: Int
        /// The group whose items it holds; nil for every item.
        package var group: Int?

        /// A file at `path` of lines in `format`, holding the items of `group` (every item when nil).
        package init(_ path: String, format: Int, group: Int? = nil) {
            (self.path, self.format, self.group) = (path, format, group)
        }
    }

    /// The items of the published site's files, in their order, and the group of each (`BuildCache.State`'s `dataKeys`
    /// and `dataYears`); empty for a clean build.
    package struct Published {
        package var keys: [String] = []
        package var groups: [Int] = []
        /// The published site's files, with what they were recorded with.
        package var files: [String: BuildCache.OutputFile] = [:]
        /// The published lines, read ahead in the background; nil reads them when needed.
        package var lines: Background<PublishedLines>?

        /// Nothing published: every file is written and every line made.
        package init() {}

        /// The published files `files`, whose line files hold `keys` of `groups`; `lines` when read ahead.
        package init(keys: [String], groups: [Int], files: [String: BuildCache.OutputFile], lines: Background<PublishedLines>?) {
            (self.keys, self.groups, self.files, self.lines) = (keys, groups, files, lines)
        }
    }

    let writer: OutputWriter
    let published: Published
    /// Every item's key and group, in the order of the files.
    let keys: [String]
    let groups: [Int]
    let jobs: Int

    /// Line files written by `writer` for items `keys` of `groups`, over the `published` site's.
    package init(writer: OutputWriter, keys: [String], groups: [Int], published: Published, jobs: Int) {
        precondition(keys.count == groups.count, "a group for every item")
        (self.writer, self.keys, self.groups, self.published, self.jobs) = (writer, keys, groups, published, jobs)
    }

    /// Writes `files`, whose formats frame lines as `layouts` say; `make(item, format)` makes an item's line when the
    /// published site has none for it. Files without items are written too (a head and an empty tail).
    package func write(_ files: [File], layouts: [LineLayout], make: @Sendable (Int, Int) -> [UInt8]) throws {
        let pending = try files.filter { try !takeWhole($0) }
        guard !pending.isEmpty else {
            // A rebuild that changed no item read the lines for nothing: waited for, so they are freed now.
            _ = published.lines?.wait()
            return
        }
        let old = published.lines?.wait() ?? PublishedLines.read(
            folder: writer.output.path, files: published.files, keys: published.keys,
            sources: layouts.indices.map { format in (files.first { $0.format == format && $0.group == nil }?.path ?? "", layouts[format]) })
        try stream(pending, layouts: layouts, old: old, make: make)
    }

    /// Whether `file` holds the same items in the same order as its published copy, which is then taken as it is (an
    /// edit rewrites one year's file, not every year's, which at 100,000 reports are 200 MB).
    private func takeWhole(_ file: File) throws -> Bool {
        let now = items(of: file.group, keys: keys, groups: groups)
        guard !now.isEmpty, published.keys.count == published.groups.count,
              now == items(of: file.group, keys: published.keys, groups: published.groups),
              let copy = published.files[file.path] else { return false }
        return try writer.reuse(file.path, copy)
    }

    private func items(of group: Int?, keys: [String], groups: [Int]) -> [String] {
        guard let group else { return keys }
        return zip(keys, groups).compactMap { $0.1 == group ? $0.0 : nil }
    }

    /// The key a line file is recorded with: its bytes' checksum, so the next build tells the files it wrote from edited
    /// ones without hashing tens of megabytes with SHA-256.
    static func checksumKey(_ checksum: Checksum) -> String {
        "checksum " + checksum.hex
    }

    /// Whether `bytes` are the file recorded as `file`: by its checksum when it was recorded with one, else by SHA-256.
    static func isUnchanged(_ bytes: UnsafeRawBufferPointer, as file: BuildCache.OutputFile) -> Bool {
        file.key.map { $0 == checksumKey(Checksum(bytes)) } ?? (SHA256.Digest(of: bytes) == file.sha256)
    }
}
