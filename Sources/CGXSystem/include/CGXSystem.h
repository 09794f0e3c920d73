// The few system calls gxsite needs that Swift's Glibc module does not export (renameat2), that are Linux-only
// (posix_fadvise's read-ahead as used here, inotify) or that macOS spells differently (a stat's nanosecond times).
//
// Each has a portable fallback, compiled when not on Linux and also taken on Linux when the environment variable
// GXSITE_PORTABLE_SYSTEM is set to 1 (or the package is built with -DGX_PORTABLE_SYSTEM), so that path is tested here:
// the exchange reports ENOSYS (the caller then moves folders one at a time), the read-ahead advice does nothing and the
// watcher is unavailable (the caller then polls). File times do not follow the switch: their fallback is the platform's
// own field, and coarser times would only make the build cache trust an edited file.
#ifndef CGXSYSTEM_H
#define CGXSYSTEM_H

#include <stddef.h>
#include <stdint.h>

/// 1 when the Linux implementations are in use, 0 when the fallbacks are (not Linux, or forced).
int gx_system_native(void);

/// Atomically swaps the paths `a` and `b` (renameat2 with RENAME_EXCHANGE). 0 on success; -1 with errno set otherwise,
/// ENOSYS (or EINVAL from a filesystem without the flag) when the exchange is not supported.
int gx_exchange(const char *a, const char *b);

/// Asks the kernel to start reading the open file `fd` into the page cache (POSIX_FADV_WILLNEED); a no-op elsewhere.
void gx_advise_willneed(int fd);

/// What gxsite keeps of a file's status.
typedef struct {
    int64_t size;
    /// Modification time, nanoseconds since 1970.
    int64_t modified;
    /// Status-change time, nanoseconds since 1970.
    int64_t changed;
    uint64_t inode;
    /// One of the GX_TYPE_ values.
    int type;
} gx_stamp;

enum { GX_TYPE_OTHER = 0, GX_TYPE_REGULAR = 1, GX_TYPE_DIRECTORY = 2, GX_TYPE_LINK = 3 };

/// Fills `out` from lstat (follow == 0) or stat (follow != 0) of `path`. 0 on success; -1 with errno set otherwise.
int gx_stamp_of(const char *path, int follow, gx_stamp *out);

/// One change reported by the watcher.
typedef struct {
    /// The watch the change happened in (as gx_watch_add returned), -1 for an overflow of the kernel's queue.
    int watch;
    /// GX_EVENT_ flags.
    uint32_t flags;
    /// The name of the entry changed inside the watched folder; empty for the folder itself.
    char name[256];
} gx_watch_event;

enum {
    /// The entry is a folder.
    GX_EVENT_DIRECTORY = 1,
    /// The entry was created or moved in.
    GX_EVENT_CREATED = 2,
    /// The watch ended: its folder was deleted or moved away.
    GX_EVENT_GONE = 4,
    /// The kernel dropped events: anything may have changed.
    GX_EVENT_OVERFLOW = 8,
};

/// A new watcher (inotify); -1 with errno ENOSYS when there is none here.
int gx_watch_open(void);

/// Watches the folder `path` (not its subfolders) for entries created, deleted, moved, written or changed; returns the
/// watch, or -1 with errno set.
int gx_watch_add(int watcher, const char *path);

/// Waits up to `timeout_ms` milliseconds (-1: without end) for changes and writes at most `capacity` of them (which must
/// be at least 32; more than 256 are not used) to `events`. Returns how many, 0 when the time ran out, -1 with errno set on failure.
int gx_watch_read(int watcher, int timeout_ms, gx_watch_event *events, int capacity);

/// Closes a watcher.
void gx_watch_close(int watcher);

/// Where `needle` (`needle_length` bytes) first starts in `haystack` (`length` bytes), as an offset; -1 when it does not.
/// Each occurrence of the needle's last byte (found with memchr, a vector scan) is checked: for a needle ending in a byte
/// rare in the haystack, such as the `2` of `<h2` in a report page, this reads a page several times faster than
/// memmem's general search.
long gx_find(const void *haystack, size_t length, const void *needle, size_t needle_length);

#endif
