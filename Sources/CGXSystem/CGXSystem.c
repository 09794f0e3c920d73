#if defined(__linux__) && !defined(_GNU_SOURCE)
#define _GNU_SOURCE // renameat2 and RENAME_EXCHANGE are GNU extensions in glibc's headers.
#endif

#include "CGXSystem.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__linux__) && !defined(GX_PORTABLE_SYSTEM)
#define GX_LINUX 1
#include <poll.h>
#include <sys/inotify.h>
#endif

int gx_system_native(void) {
#ifdef GX_LINUX
    // Read once; -1 until then. Two threads reading it at once both store the same answer.
    static atomic_int native = -1;
    int value = atomic_load_explicit(&native, memory_order_relaxed);
    if (value < 0) {
        const char *forced = getenv("GXSITE_PORTABLE_SYSTEM");
        value = forced != NULL && strcmp(forced, "1") == 0 ? 0 : 1;
        atomic_store_explicit(&native, value, memory_order_relaxed);
    }
    return value;
#else
    return 0;
#endif
}

int gx_exchange(const char *a, const char *b) {
#ifdef GX_LINUX
    if (gx_system_native()) return renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
    (void)a;
    (void)b;
#endif
    errno = ENOSYS;
    return -1;
}

void gx_advise_willneed(int fd) {
#ifdef GX_LINUX
    if (gx_system_native()) (void)posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED);
#else
    (void)fd;
#endif
}

static int64_t nanoseconds(int64_t seconds, int64_t nanoseconds) {
    return seconds * 1000000000 + nanoseconds;
}

int gx_stamp_of(const char *path, int follow, gx_stamp *out) {
    struct stat st;
    if ((follow ? stat(path, &st) : lstat(path, &st)) != 0) return -1;
    out->size = (int64_t)st.st_size;
#if defined(__APPLE__)
    out->modified = nanoseconds(st.st_mtimespec.tv_sec, st.st_mtimespec.tv_nsec);
    out->changed = nanoseconds(st.st_ctimespec.tv_sec, st.st_ctimespec.tv_nsec);
#elif defined(__linux__)
    out->modified = nanoseconds(st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
    out->changed = nanoseconds(st.st_ctim.tv_sec, st.st_ctim.tv_nsec);
#else
    out->modified = nanoseconds(st.st_mtime, 0);
    out->changed = nanoseconds(st.st_ctime, 0);
#endif
    out->inode = (uint64_t)st.st_ino;
    switch (st.st_mode & S_IFMT) {
    case S_IFREG: out->type = GX_TYPE_REGULAR; break;
    case S_IFDIR: out->type = GX_TYPE_DIRECTORY; break;
    case S_IFLNK: out->type = GX_TYPE_LINK; break;
    default: out->type = GX_TYPE_OTHER; break;
    }
    return 0;
}

int gx_watch_open(void) {
#ifdef GX_LINUX
    if (gx_system_native()) return inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
#endif
    errno = ENOSYS;
    return -1;
}

int gx_watch_add(int watcher, const char *path) {
#ifdef GX_LINUX
    uint32_t mask = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
        | IN_DELETE_SELF | IN_MOVE_SELF | IN_ONLYDIR;
    return inotify_add_watch(watcher, path, mask);
#else
    (void)watcher;
    (void)path;
    errno = ENOSYS;
    return -1;
#endif
}

int gx_watch_read(int watcher, int timeout_ms, gx_watch_event *events, int capacity) {
#ifdef GX_LINUX
    if (capacity < 32) {
        errno = EINVAL;
        return -1;
    }
    struct pollfd wait = {.fd = watcher, .events = POLLIN};
    int ready = poll(&wait, 1, timeout_ms);
    if (ready <= 0) return ready < 0 && errno == EINTR ? 0 : ready;
    // Every event takes at least sizeof(struct inotify_event) bytes, so a buffer of `capacity` bare events never holds
    // more than `capacity`; 32 of them (512 bytes) leave room for one event with the longest name.
    // The union keeps the buffer aligned for the events read into it.
    union {
        struct inotify_event event;
        char bytes[256 * sizeof(struct inotify_event)];
    } storage;
    if (capacity > 256) capacity = 256;
    char *buffer = storage.bytes;
    ssize_t length = read(watcher, buffer, (size_t)capacity * sizeof(struct inotify_event));
    if (length < 0) return errno == EAGAIN || errno == EINTR ? 0 : -1;
    int count = 0;
    for (char *p = buffer; p < buffer + length && count < capacity;) {
        // Each event starts where the last one's name ends; the kernel pads names so every event stays aligned.
        const struct inotify_event *event = (const struct inotify_event *)p;
        gx_watch_event *out = &events[count++];
        out->watch = event->mask & IN_Q_OVERFLOW ? -1 : event->wd;
        out->flags = 0;
        if (event->mask & IN_ISDIR) out->flags |= GX_EVENT_DIRECTORY;
        if (event->mask & (IN_CREATE | IN_MOVED_TO)) out->flags |= GX_EVENT_CREATED;
        if (event->mask & (IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF)) out->flags |= GX_EVENT_GONE;
        if (event->mask & IN_Q_OVERFLOW) out->flags |= GX_EVENT_OVERFLOW;
        // The kernel pads the name with NULs to `len`; one longer than the field would be cut, never overrun.
        snprintf(out->name, sizeof out->name, "%s", event->len > 0 ? event->name : "");
        p += sizeof(struct inotify_event) + event->len;
    }
    return count;
#else
    (void)watcher;
    (void)timeout_ms;
    (void)events;
    (void)capacity;
    errno = ENOSYS;
    return -1;
#endif
}

void gx_watch_close(int watcher) {
    if (watcher >= 0) close(watcher);
}

long gx_find(const void *haystack, size_t length, const void *needle, size_t needle_length) {
    if (needle_length == 0) return 0;
    const unsigned char *h = haystack, *n = needle;
    const unsigned char last = n[needle_length - 1];
    size_t at = needle_length - 1;
    while (at < length) {
        const unsigned char *hit = memchr(h + at, last, length - at);
        if (!hit) return -1;
        size_t end = (size_t)(hit - h);
        if (memcmp(h + end + 1 - needle_length, n, needle_length - 1) == 0) return (long)(end + 1 - needle_length);
        at = end + 1;
    }
    return -1;
}
