import Foundation

/// An advisory lock (`flock`) on a folder, held for as long as the value lives: it tells a running build's staging folder
/// from one a killed build left behind.
///
/// A process id in the folder's name cannot tell them apart on its own: once the killed build is reaped its id may be
/// given to another process, or to a thread (Linux hands out thread and process ids from one pool, and `kill(tid, 0)`
/// succeeds), and the leftover would then look alive forever. The kernel drops a lock when its holder dies, however it
/// dies.
package final class FolderLock: Sendable {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Takes the lock on the folder at `path` without waiting; nil when the folder cannot be opened or another process
    /// holds the lock.
    package static func take(_ path: String) -> FolderLock? {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        return FolderLock(descriptor: fd)
    }

    deinit {
        // Closing the last descriptor releases the lock.
        close(descriptor)
    }
}
