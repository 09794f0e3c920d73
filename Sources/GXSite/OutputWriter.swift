import Foundation

/// Writes the site into a staging folder beside the output, then swaps it in, so a failed build never leaves half a site.
///
/// Safe to use from several threads: page rendering writes in parallel.
final class OutputWriter: @unchecked Sendable {
    let output: URL
    let staging: URL
    private let stagingPath: String
    private let lock = NSLock()
    private var paths: [String] = []
    private var digests: [String: (size: Int, sha256: String)] = [:]
    private var folders: Set<String> = []

    init(output: URL) throws {
        self.output = output.standardizedFileURL
        let parent = self.output.deletingLastPathComponent()
        self.staging = parent.appendingPathComponent(".\(self.output.lastPathComponent).staging-\(getpid())")
        self.stagingPath = staging.path
        let fm = FileManager.default
        Self.removeStale(beside: self.output)
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            if fm.fileExists(atPath: staging.path) { try fm.removeItem(at: staging) }
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw BuildError.unwritableOutput(output.path, detail: Self.reason(error))
        }
    }

    /// Every file written so far, in the order written.
    var written: [String] { lock.withLock { paths } }

    /// Writes a UTF-8 file at `path` (relative, "/"-separated) under the staging folder.
    func write(_ text: String, to path: String) throws {
        var text = text
        try text.withUTF8 { try write(bytes: UnsafeRawBufferPointer($0), to: path) }
    }

    /// Writes bytes at `path` under the staging folder.
    func write(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try write(bytes: $0, to: path) }
    }

    /// One open/write/close: far cheaper than Foundation's file writing for thousands of small pages.
    private func write(bytes: UnsafeRawBufferPointer, to path: String) throws {
        try ensureFolder(of: path)
        let full = stagingPath + "/" + path
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw failure(errno) }
        defer { close(fd) }
        var offset = 0
        while offset < bytes.count {
            let n = Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw failure(errno)
            }
            offset += n
        }
        let digest = Self.hex(SHA256.hash(bytes: bytes))
        lock.withLock {
            paths.append(path)
            digests[path] = (bytes.count, digest)
        }
    }

    /// Records a file another program (Pagefind) wrote under the staging folder, so the manifest lists it.
    func register(existing path: String) throws {
        guard let data = FileManager.default.contents(atPath: stagingPath + "/" + path) else {
            throw BuildError.unwritableOutput(output.path, detail: "cannot read \(path) in the staging folder")
        }
        let digest = Self.hex(SHA256.hash(data))
        lock.withLock {
            paths.append(path)
            digests[path] = (data.count, digest)
        }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count * 2)
        for b in bytes { out.append(digits[Int(b >> 4)]); out.append(digits[Int(b & 15)]) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The manifest of every file written: path, size and SHA-256, sorted by path.
    func manifest(generator: String) -> String {
        let entries = lock.withLock { digests.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) } }
        return JSONValue.object([
            ("generator", .string(generator)),
            ("files", .array(entries.map { path, d in
                .object([("path", .string(path)), ("size", .int(d.size)), ("sha256", .string(d.sha256))])
            })),
        ]).serialized()
    }

    /// Leftovers of builds that were killed: staging and old folders of processes no longer running.
    static func removeStale(beside output: URL) {
        let parent = output.deletingLastPathComponent()
        let prefixes = [".\(output.lastPathComponent).staging-", ".\(output.lastPathComponent).old-"]
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names {
            guard let prefix = prefixes.first(where: { name.hasPrefix($0) }), let pid = Int32(name.dropFirst(prefix.count)) else { continue }
            // kill(pid, 0) fails with ESRCH when no such process exists.
            if pid != getpid(), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
            }
        }
    }

    private func ensureFolder(of path: String) throws {
        guard let slash = path.lastIndex(of: "/") else { return }
        let folder = String(path[..<slash])
        if lock.withLock({ folders.contains(folder) }) { return }
        var current = stagingPath
        for part in folder.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o755) != 0, errno != EEXIST { throw failure(errno) }
        }
        lock.withLock { _ = folders.insert(folder) }
    }

    private func failure(_ code: Int32) -> BuildError {
        .unwritableOutput(output.path, detail: String(cString: strerror(code)))
    }

    /// Keeps the output's README.md (the only file of Site/ in git), writes the manifest, then swaps the staging folder in.
    ///
    /// The swap is one `renameat2(RENAME_EXCHANGE)`: at every instant either the old site or the new one is complete.
    func commit(generator: String) throws {
        let fm = FileManager.default
        let readme = output.appendingPathComponent("README.md")
        if fm.fileExists(atPath: readme.path), lock.withLock({ digests["README.md"] == nil }) {
            guard let data = try? Data(contentsOf: readme) else { throw BuildError.unwritableOutput(output.path, detail: "cannot read README.md") }
            try write(data, to: "README.md")
        }
        try write(manifest(generator: generator), to: "manifest.json")
        lock.withLock { digests["manifest.json"] = nil }
        if fm.fileExists(atPath: output.path) {
            if Self.exchange(staging.path, output.path) {
                // The old site now sits at the staging path.
                try? fm.removeItem(at: staging)
                return
            }
            // Filesystems without RENAME_EXCHANGE: move the old site aside first, never deleting it before the new one is in place.
            let old = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).old-\(getpid())")
            do {
                try fm.moveItem(at: output, to: old)
                try fm.moveItem(at: staging, to: output)
                try? fm.removeItem(at: old)
            } catch {
                throw BuildError.unwritableOutput(output.path, detail: Self.reason(error))
            }
        } else {
            guard rename(staging.path, output.path) == 0 else { throw failure(errno) }
        }
    }

    private typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

    /// glibc's renameat2, looked up at run time: the Swift Glibc module does not export it.
    private static let renameat2: RenameAt2? = {
        guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// Atomically exchanges two paths; false when the system or filesystem cannot.
    static func exchange(_ a: String, _ b: String) -> Bool {
        guard let renameat2 else { return false }
        let renameExchange: UInt32 = 1 << 1
        return renameat2(AT_FDCWD, a, AT_FDCWD, b, renameExchange) == 0
    }

    /// Removes the staging folder after a failure.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    static func reason(_ error: Error) -> String {
        let ns = error as NSError
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
        return ns.localizedDescription
    }
}
