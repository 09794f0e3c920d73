import CGXSystem
import Foundation

/// Writes the site into a staging folder beside the output, then swaps it in, so a failed build never leaves half a site.
///
/// Safe to use from several threads: page rendering writes in parallel.
// @unchecked Sendable: every mutable table is read and written under `lock`; the rest is set once in init.
package final class OutputWriter: @unchecked Sendable {
    package let output: URL
    package let staging: URL
    let stagingPath: String
    private let outputPath: String
    let lock = NSLock()
    private var paths: [String] = []
    var digests: [String: BuildCache.OutputFile] = [:]
    private var folders: Set<String> = []
    /// The files already in a recycled staging folder (the site before last), which need no writing when unchanged.
    let recycled: [String: BuildCache.OutputFile]
    /// Whether the recycled folder came without a list of its files: what this build does not write is found at the
    /// commit by walking it, rather than held all build long as a list of every file, unknown digests and all.
    var recycledUnlisted = false
    /// Whether the staging folder was made empty for this build (no folder recycled): no file in it was there before.
    private let fresh: Bool
    private var writes = 0
    /// How many of the paths recorded the recycled folder's list holds.
    var recordedOfRecycled = 0
    /// Whether a file was linked from the published site: a file of a new staging folder may then be shared too.
    private var linked = false
    /// The published site's paths in sorted order: a rebuild that writes the same paths lists them in this order
    /// instead of sorting them again.
    private let previousOrder: [String]
    /// Held on the staging folder from the moment it is made: while this build runs, no other build takes it for a leftover.
    private let stagingLock: FolderLock?

    /// Prepares a staging folder: the recycled `spare` folder when given and present, else a new empty one. The spare's
    /// `files` are what it holds, when known: nil when its files and their digests are not known.
    /// `order` is the published site's sorted list of paths, when known.
    package init(output: URL, spare: (path: String, files: [String: BuildCache.OutputFile]?)? = nil, order: [String] = []) throws {
        previousOrder = order
        self.output = output.standardizedFileURL
        self.outputPath = self.output.path
        let parent = self.output.deletingLastPathComponent()
        self.staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).staging-\(getpid())")
        self.stagingPath = staging.path
        let fm = FileManager.default
        Self.removeStale(beside: self.output)
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
            if let spare, rename(spare.path, stagingPath) == 0 {
                fresh = false
                recycled = spare.files ?? [:]
                recycledUnlisted = spare.files == nil
                // A rebuild records about as many files as the spare holds: no growing the tables file by file.
                digests.reserveCapacity(recycled.count + 16)
                paths.reserveCapacity(recycled.count + 16)
            } else {
                fresh = true
                recycled = [:]
                try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            }
        } catch {
            throw BuildError.unwritableOutput(output.path, detail: Self.reason(error))
        }
        stagingLock = FolderLock.take(stagingPath)
    }

    /// Every file written so far, in the order written.
    package var written: [String] { lock.withLock { paths } }

    /// How many files were actually written to disk (the rest were already in place in a recycled folder).
    package var diskWrites: Int { lock.withLock { writes } }

    /// Writes a UTF-8 file at `path` (relative, "/"-separated) under the staging folder; returns its SHA-256.
    @discardableResult
    package func write(_ text: String, to path: String, key: String? = nil) throws -> SHA256.Digest {
        var text = text
        return try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0), to: path, key: key) }
    }

    /// Writes bytes at `path` under the staging folder.
    package func write(_ data: Data, to path: String, key: String? = nil) throws {
        _ = try data.withUnsafeBytes { try write(bytes: $0, to: path, key: key) }
    }

    /// Writes bytes at `path` under the staging folder.
    package func write(bytes: [UInt8], to path: String, key: String? = nil) throws {
        _ = try bytes.withUnsafeBytes { try write(bytes: $0, to: path, key: key) }
    }

    /// Places the published site's copy of `path`, known to hold `file`, into the new site; false when it cannot.
    package func reuse(_ path: String, _ file: BuildCache.OutputFile) throws -> Bool {
        try reuse([(path, file)])
    }

    /// Places the published site's copies of `files` into the new site, as `reuse` does one by one; false when one cannot be.
    package func reuse(_ files: [(path: String, file: BuildCache.OutputFile)]) throws -> Bool {
        // Those already in the recycled folder are recorded together: one lock for a report's five files, not five. The
        // recycled list never changes, so it is read before the lock is taken, which is then held only to record.
        let inPlace = files.map { isRecycled($0.path, sha256: $0.file.sha256, size: $0.file.size) }
        lock.withLock {
            for ((path, file), recycled) in zip(files, inPlace) where recycled { add(path, file, listed: true) }
        }
        for ((path, file), recycled) in zip(files, inPlace) where !recycled {
            // Linked rather than copied (the first rebuild after a first build has no recycled folder and takes every
            // unchanged file from the published site): the list vouches for the published file as it does for the
            // recycled folder's, whose files are the published site of the build before.
            if try link(path, size: file.size) {
                record(path, file)
                continue
            }
            guard let data = FileManager.default.contents(atPath: outputPath + "/" + path), data.count == file.size else { return false }
            _ = try data.withUnsafeBytes { try write(bytes: $0, to: path, key: file.key) }
            guard lock.withLock({ digests[path]?.sha256 == file.sha256 }) else { return false }
        }
        return true
    }

    /// Whether the recycled folder already holds these very bytes at `path`.
    private func isRecycled(_ path: String, sha256: SHA256.Digest, size: Int) -> Bool {
        Self.holds(recycled[path], sha256: sha256, size: size)
    }

    /// Whether the recycled folder's entry `listed` is a file of these very bytes.
    private static func holds(_ listed: BuildCache.OutputFile?, sha256: SHA256.Digest, size: Int) -> Bool {
        listed.map { $0.sha256 == sha256 && $0.size == size } ?? false
    }

    /// Copies a file whose SHA-256 is known (a report's original) without reading it when it is already in place.
    package func copy(_ source: URL, sha256: String?, to path: String, key: String? = nil) throws {
        if let sha256, let old = recycled[path], old.sha256 == SHA256.Digest(hex: sha256) {
            record(path, BuildCache.OutputFile(sha256: old.sha256, size: old.size, key: key), listed: true)
            return
        }
        guard let data = try? Data(contentsOf: source) else { return }
        try write(data, to: path, key: key)
    }

    private func record(_ path: String, _ file: BuildCache.OutputFile, listed: Bool? = nil) {
        lock.withLock { add(path, file, listed: listed) }
    }

    /// Records `path` as written with `file` (under the lock). A path written again (a report whose reuse failed half
    /// way is rendered anew) is listed once: the sitemap and the counts are made from the list.
    ///
    /// `listed` tells whether the recycled folder's list holds the path, when the caller has looked (else it is looked
    /// up): once every path it holds is recorded, the recycled folder holds no leftovers to look for.
    private func add(_ path: String, _ file: BuildCache.OutputFile, listed: Bool? = nil) {
        guard digests.updateValue(file, forKey: path) == nil else { return }
        paths.append(path)
        if listed ?? (recycled[path] != nil) { recordedOfRecycled += 1 }
    }

    /// One open/write/close: far cheaper than Foundation's file writing for thousands of small pages.
    @discardableResult
    private func write(bytes: UnsafeRawBufferPointer, to path: String, key: String?) throws -> SHA256.Digest {
        let digest = SHA256.Digest(of: bytes)
        let file = BuildCache.OutputFile(sha256: digest, size: bytes.count, key: key)
        let listed = recycled[path]
        // A recycled folder already holds this very file: nothing to write.
        if Self.holds(listed, sha256: digest, size: bytes.count) {
            record(path, file, listed: true)
            return digest
        }
        let fd = try openInStaging(path, O_WRONLY)
        defer { close(fd) }
        // A recycled file is first cut to the whole blocks the new bytes fill: the block they end in is then new to the
        // file system, which would otherwise read the old one from disk to merge it with the tail (a read for every page
        // when the recycled site is no longer cached). Only a recycled file can hold anything to cut.
        if !fresh, ftruncate(fd, off_t(bytes.count & ~(Self.block - 1))) != 0 { throw failure(errno) }
        if let code = Self.writeAll(fd, bytes) { throw failure(code) }
        lock.withLock {
            add(path, file, listed: listed != nil)
            writes += 1
        }
        return digest
    }

    /// Opens `path` under the staging folder, creating it and its folders, for writing with `access` (`O_WRONLY` or
    /// `O_RDWR`). No O_TRUNC: a recycled file is overwritten in place and cut to length by the caller, so the file system
    /// keeps its blocks instead of freeing them and allocating them again.
    private func openInStaging(_ path: String, _ access: Int32) throws -> Int32 {
        try ensureFolder(of: path)
        let full = stagingPath + "/" + path
        var fd = open(full, access | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        if fd < 0, errno == EISDIR || errno == ELOOP {
            // A recycled folder may hold a folder or link where this build puts a file.
            try? FileManager.default.removeItem(atPath: full)
            fd = open(full, access | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        }
        guard fd >= 0 else { throw failure(errno) }
        // A recycled file may share its inode with the published site's (`reuse` links files): written in place, it would
        // change the site being served. It is replaced by a file of its own instead.
        var info = stat()
        if !fresh || lock.withLock({ linked }), fstat(fd, &info) == 0, info.st_nlink > 1 {
            close(fd)
            unlink(full)
            fd = open(full, access | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
            guard fd >= 0 else { throw failure(errno) }
        }
        return fd
    }

    /// Puts the published site's file at `path` into the staging folder as a hard link, when it is a regular file of
    /// `size` bytes: no bytes are copied. False when it cannot be linked (another file system, no such file).
    ///
    /// The two names then share one inode: every write into the staging folder replaces a shared file rather than write
    /// into it (`openInStaging`), so the published site never changes under its readers.
    private func link(_ path: String, size: Int) throws -> Bool {
        let source = outputPath + "/" + path
        var info = stat()
        guard lstat(source, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == size else { return false }
        try ensureFolder(of: path)
        let target = stagingPath + "/" + path
        // Known before the link exists, so no write can miss it.
        lock.withLock { linked = true }
        if Foundation.link(source, target) != 0 {
            // A recycled folder holds another file (or a folder) there: replaced.
            guard errno == EEXIST else { return false }
            try? FileManager.default.removeItem(atPath: target)
            guard Foundation.link(source, target) == 0 else { return false }
        }
        return true
    }

    /// Opens `path` under the staging folder to be written piece by piece; `finish` records it. Without `hashed`, it is
    /// written whatever a recycled folder held there and recorded without a digest (the manifest).
    package func stream(to path: String, hashed: Bool = true) throws -> StreamedFile {
        // Read and write: a recycled file is compared as the new bytes come, and left alone while they match; what the
        // list says of it spares hashing the bytes that match.
        let listed = recycled[path].map { (sha256: $0.sha256, size: $0.size) }
        return StreamedFile(path: path, fd: try openInStaging(path, O_RDWR), hashed: hashed, inPlace: listed) { [output] code in
            Self.failure(output, code)
        }
    }

    /// Writes the rest of `file`, closes it and records it with its digest; `key` is made from its checksum.
    package func finish(_ file: StreamedFile, key: (Checksum) -> String? = { _ in nil }) throws {
        guard let digest = try file.complete() else {
            // Not hashed (the manifest): counted among the files written, listed in no manifest or list.
            lock.withLock {
                paths.append(file.path)
                if file.written { writes += 1 }
            }
            return
        }
        let entry = BuildCache.OutputFile(sha256: digest, size: file.size, key: key(file.checksum))
        lock.withLock {
            add(file.path, entry)
            if file.written { writes += 1 }
        }
    }

    /// Records a file another program (Pagefind) wrote under the staging folder, so the manifest lists it.
    package func register(existing path: String) throws {
        guard let data = FileManager.default.contents(atPath: stagingPath + "/" + path) else {
            throw BuildError.unwritableOutput(output.path, detail: "cannot read \(path) in the staging folder")
        }
        record(path, BuildCache.OutputFile(sha256: data.withUnsafeBytes { SHA256.Digest(of: $0) }, size: data.count, key: nil))
        lock.withLock { writes += 1 }
    }

    /// Deletes a folder of the staging folder (what a recycled folder holds of a tool's output, before the tool runs again).
    package func removeFolder(_ path: String) {
        try? FileManager.default.removeItem(atPath: stagingPath + "/" + path)
        lock.withLock { folders = folders.filter { $0 != path && !$0.hasPrefix(path + "/") } }
    }

    /// The file system block size cuts are aligned to: ext4's, and a multiple of smaller ones.
    private static let block = 4096

    /// Writes every byte to `fd`, retrying short writes and interruptions; the errno on failure, nil on success.
    package static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return nil
    }

    /// Every file written so far with its digest, sorted by path.
    package func sortedFiles() -> [(path: String, file: BuildCache.OutputFile)] {
        let digests = lock.withLock { self.digests }
        // The same paths as the published site's (an edit's rebuild): its order is checked, not made again.
        if previousOrder.count == digests.count, !previousOrder.isEmpty {
            // Checked while the list is made: one lookup a path.
            var entries: [(path: String, file: BuildCache.OutputFile)] = []
            entries.reserveCapacity(previousOrder.count)
            for (i, path) in previousOrder.enumerated() {
                guard let file = digests[path], i == 0 || String.utf8Precedes(previousOrder[i - 1], path) else { break }
                entries.append((path, file))
            }
            if entries.count == previousOrder.count { return entries }
        }
        return String.utf8Sorted(digests.keys).map { ($0, digests[$0]!) }
    }

    private func ensureFolder(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        let parts = folder.split(separator: "/")
        // Made from the deepest folder already made on: a report's folder needs one mkdir, not one for each of its
        // ancestors (each failing, then checked with a stat).
        let made = lock.withLock { () -> Int in
            var prefix = folder[...]
            var depth = parts.count
            while depth > 0, !folders.contains(String(prefix)) {
                depth -= 1
                prefix = prefix[..<(prefix.lastIndex(of: "/") ?? prefix.startIndex)]
            }
            return depth
        }
        if made == parts.count { return }
        var current = stagingPath + (made == 0 ? "" : "/" + parts[..<made].joined(separator: "/"))
        for part in parts[made...] {
            current += "/" + part
            if mkdir(current, 0o755) != 0 {
                guard errno == EEXIST else { throw failure(errno) }
                // A recycled folder may hold a file or link where this build needs a folder.
                if FileStamp.of(current)?.isDirectory != true {
                    unlink(current)
                    if mkdir(current, 0o755) != 0 { throw failure(errno) }
                }
            }
        }
        lock.withLock {
            var prefix = folder[...]
            for _ in made..<parts.count {
                folders.insert(String(prefix))
                prefix = prefix[..<(prefix.lastIndex(of: "/") ?? prefix.startIndex)]
            }
        }
    }

    func failure(_ code: Int32) -> BuildError {
        Self.failure(output, code)
    }

    private static func failure(_ output: URL, _ code: Int32) -> BuildError {
        .unwritableOutput(output.path, detail: String(cString: strerror(code)))
    }

}
