import Foundation

/// A scratch file of byte records that parsing threads append and later steps read back by place: what a first build
/// would otherwise hold in memory until its end (the parse cache's records, with every report's compared text).
///
/// The file is unlinked as soon as it is opened, so it lives as long as the build holds it and a killed build leaves
/// nothing behind; its pages stay in the kernel's cache, not in the build's memory.
// @unchecked Sendable: `end` is only read and written under `lock`; each record is written at a place reserved under
// it, so threads never write over each other, and a record is read only after its append returned.
package final class Spool: @unchecked Sendable {
    /// Where a record is.
    package struct Ref: Sendable, Hashable {
        /// Its first byte's place in the file.
        package var offset: Int
        /// Its length in bytes.
        package var length: Int
    }

    private let fd: Int32
    private let lock = NSLock()
    private var end = 0

    /// A spool in `folder` (created if needed); nil when it cannot be made there (the caller keeps records in memory).
    package init?(folder: String) {
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/spool-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        unlink(path)
        self.fd = fd
    }

    deinit { close(fd) }

    /// Appends `bytes`; nil when they could not be written (a full disk: the caller keeps them in memory).
    package func append(_ bytes: [UInt8]) -> Ref? {
        if bytes.isEmpty { return Ref(offset: 0, length: 0) }
        let offset = lock.withLock { () -> Int in
            defer { end += bytes.count }
            return end
        }
        let written = bytes.withUnsafeBytes { buffer -> Bool in
            var done = 0
            while done < buffer.count {
                let n = pwrite(fd, buffer.baseAddress! + done, buffer.count - done, off_t(offset + done))
                if n < 0 { if errno == EINTR { continue }; return false }
                done += n
            }
            return true
        }
        return written ? Ref(offset: offset, length: bytes.count) : nil
    }

    /// The record at `ref`; nil when it cannot be read back.
    package func read(_ ref: Ref) -> [UInt8]? {
        if ref.length == 0 { return [] }
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
