import Foundation

/// A scratch file of byte records that parsing threads append and later steps read back by place: what a first build
/// would otherwise hold in memory until its end (the parse cache's records, with every report's compared text).
///
/// The file is unlinked as soon as it is opened, so it lives as long as the build holds it and a killed build leaves
/// nothing behind; its pages stay in the kernel's cache, not in the build's memory. Records are written a batch at a
/// time: one system call per report was most of what the spool cost. Once a write fails (a full disk), every record
/// from that batch on stays in memory and is read from there.
// @unchecked Sendable: `pending`, `pendingStart` and `writable` are only read and written under `lock`; the bytes
// before `pendingStart` are in the file and never written again, so they are read without it.
package final class Spool: @unchecked Sendable {
    /// Where a record is.
    package struct Ref: Sendable, Hashable {
        /// Its first byte's place in the file.
        package var offset: Int
        /// Its length in bytes.
        package var length: Int
    }

    private let fd: Int32
    private let batch: Int
    private let lock = NSLock()
    /// The records appended since the last batch was written, in order: the file's bytes from `pendingStart` on.
    private var pending: [UInt8] = []
    private var pendingStart = 0
    private var writable = true

    /// A spool in `folder` (created if needed); nil when it cannot be made there (the caller keeps records in memory).
    package convenience init?(folder: String) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/spool-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        unlink(path)
        self.init(fd: fd, batch: 1 << 20)
    }

    /// A spool writing to the open file `fd`, which it closes, once `batch` bytes of records are waiting.
    init(fd: Int32, batch: Int) {
        self.fd = fd
        self.batch = batch
    }

    deinit { close(fd) }

    /// Appends `bytes`, giving where to read them back.
    package func append(_ bytes: [UInt8]) -> Ref {
        lock.withLock {
            let ref = Ref(offset: pendingStart + pending.count, length: bytes.count)
            pending += bytes
            if writable && pending.count >= batch { writePending() }
            return ref
        }
    }

    /// Writes the waiting records to the file; if that fails, they and all later ones stay in memory.
    ///
    /// Batches are written one after the other under the lock, so the file's own position is where the next goes, and
    /// nothing is written after a failure.
    private func writePending() {
        guard pending.withUnsafeBytes({ OutputWriter.writeAll(fd, $0) }) == nil else { writable = false; return }
        pendingStart += pending.count
        pending.removeAll(keepingCapacity: true)
    }

    /// The record at `ref`; nil when it cannot be read back.
    package func read(_ ref: Ref) -> [UInt8]? {
        if ref.length == 0 { return [] }
        let waiting: [UInt8]? = lock.withLock {
            guard ref.offset >= pendingStart else { return nil }
            let start = ref.offset - pendingStart
            return Array(pending[start..<start + ref.length])
        }
        if let waiting { return waiting }
        var bytes = [UInt8](repeating: 0, count: ref.length)
        let read = bytes.withUnsafeMutableBytes { buffer -> Bool in
            var done = 0
            while done < buffer.count {
                let n = pread(fd, buffer.baseAddress! + done, buffer.count - done, off_t(ref.offset + done))
                if n < 0 { if errno == EINTR { continue }; return false }
                if n == 0 { return false }
                done += n
            }
            return true
        }
        return read ? bytes : nil
    }
}
