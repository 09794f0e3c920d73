import Foundation

/// A file of the staging folder written as it is made, for the open data files (hundreds of megabytes at scale), which
/// so never need to be whole in memory. Its SHA-256 and checksum are taken on the way.
///
/// A file already in place (from a recycled folder) is compared as the bytes come and left untouched as long as they
/// match: an edit's rebuild that makes the same file again does not write it. When the digest of the file in place is
/// known, bytes that match it are not hashed either: a file made again whole takes that digest, and one that differs
/// hashes the bytes it kept from the file when the first byte differs. Used by one thread at a time.
package final class StreamedFile {
    /// The path under the staging folder.
    package let path: String
    /// -1 once completed.
    private var fd: Int32
    private let failure: (Int32) -> BuildError
    private var buffer: [UInt8] = []
    private var scratch: [UInt8] = []
    private let digest: SHA256.Incremental?
    /// The checksum of every byte appended so far; left empty for a file not hashed, which no key is made for.
    private(set) var checksum = Checksum()
    /// How many bytes were appended.
    private(set) var size = 0
    /// Bytes handed to the file system so far (written, or found already in place).
    private var flushed = 0
    /// The size of the file found in place; its bytes are compared until one differs.
    private let existing: Int
    /// Whether every byte so far matched the file found in place (and nothing was written).
    private var untouched: Bool
    /// The digest of the file found in place, while the bytes that match it are left unhashed; nil once hashing has
    /// caught up (or when that digest is unknown).
    private var deferred: SHA256.Digest?

    /// The bytes are buffered and handed over in pieces of this size.
    package static let chunk = 1 << 18

    /// Wraps `fd`, open for reading and writing on `path`; `failure` makes the error for an errno. Without `hashed`, the
    /// file has no digest and is written whatever it held (the manifest and the cache's lists, which differ every time).
    ///
    /// `inPlace` is the SHA-256 and size the file in place is known to have (a recycled file the cache lists).
    package init(path: String, fd: Int32, hashed: Bool = true, inPlace: (sha256: SHA256.Digest, size: Int)? = nil,
         failure: @escaping (Int32) -> BuildError) {
        self.path = path
        self.fd = fd
        self.failure = failure
        digest = hashed ? SHA256.Incremental() : nil
        var info = stat()
        existing = hashed && fstat(fd, &info) == 0 ? Int(info.st_size) : 0
        untouched = existing > 0
        if untouched, let inPlace, inPlace.size == existing { deferred = inPlace.sha256 }
        buffer.reserveCapacity(Self.chunk)
    }

    deinit {
        if fd >= 0 { Foundation.close(fd) }
    }

    /// Appends `bytes` to the file.
    package func append(_ bytes: UnsafeRawBufferPointer) throws {
        size += bytes.count
        if digest != nil { checksum.add(bytes) }
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.chunk { try flush() }
    }

    /// Appends `bytes` to the file.
    package func append(_ bytes: ArraySlice<UInt8>) throws {
        try bytes.withUnsafeBytes { try append($0) }
    }

    /// Appends the UTF-8 bytes of `text` to the file.
    package func append(_ text: String) throws {
        var text = text
        try text.withUTF8 { try append(UnsafeRawBufferPointer($0)) }
    }

    /// Writes what is buffered, cuts the file to its length and closes it; nothing may be appended after. Returns the
    /// SHA-256 of its bytes, nil when not hashed.
    @discardableResult
    package func complete() throws -> SHA256.Digest? {
        try flush()
        if existing != flushed, untouched {
            // The file in place went on beyond these bytes: they are its first ones, and are hashed before it is cut.
            try catchUp()
            untouched = false
        }
        if !untouched, ftruncate(fd, off_t(flushed)) != 0 { throw failure(errno) }
        Foundation.close(fd)
        fd = -1
        if let deferred { return deferred }
        return digest.map { SHA256.Digest($0.finish()) }
    }

    /// Whether the file on disk was changed: written, or cut to another length.
    package var written: Bool { !untouched }

    private func flush() throws {
        guard !buffer.isEmpty else { return }
        try buffer.withUnsafeBytes { bytes in
            if untouched, flushed + bytes.count <= existing, matches(bytes) {
                if deferred == nil { digest?.add(bytes) }
                return
            }
            if untouched {
                // Written from here on: the bytes before are in place, and the file offset is still at its start.
                try catchUp()
                untouched = false
                if lseek(fd, off_t(flushed), SEEK_SET) < 0 { throw failure(errno) }
            }
            digest?.add(bytes)
            if let code = OutputWriter.writeAll(fd, bytes) { throw failure(code) }
        }
        flushed += buffer.count
        buffer.removeAll(keepingCapacity: true)
    }

    /// Hashes the bytes left unhashed while they matched the file in place: its first `flushed` bytes.
    private func catchUp() throws {
        guard deferred != nil, let digest else { return }
        deferred = nil
        if scratch.count < Self.chunk { scratch = [UInt8](repeating: 0, count: Self.chunk) }
        try scratch.withUnsafeMutableBytes { held in
            var done = 0
            while done < flushed {
                let piece = UnsafeMutableRawBufferPointer(rebasing: held[..<min(held.count, flushed - done)])
                guard readInPlace(into: piece, at: done) else { throw failure(errno == 0 ? EIO : errno) }
                digest.add(UnsafeRawBufferPointer(piece))
                done += piece.count
            }
        }
    }

    /// Fills `buffer` with the bytes of the file in place from `offset`; false when they cannot all be read.
    private func readInPlace(into buffer: UnsafeMutableRawBufferPointer, at offset: Int) -> Bool {
        errno = 0
        var read = 0
        while read < buffer.count {
            let n = pread(fd, buffer.baseAddress! + read, buffer.count - read, off_t(offset + read))
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            read += n
        }
        return true
    }

    /// Whether the file in place holds `bytes` where they go.
    private func matches(_ bytes: UnsafeRawBufferPointer) -> Bool {
        if scratch.count < bytes.count { scratch = [UInt8](repeating: 0, count: bytes.count) }
        return scratch.withUnsafeMutableBytes { held in
            readInPlace(into: UnsafeMutableRawBufferPointer(rebasing: held[..<bytes.count]), at: flushed)
                && memcmp(held.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        }
    }
}
