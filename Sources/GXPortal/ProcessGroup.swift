import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a program in a process group of its own, so that everything it starts can be killed with one signal.
///
/// Foundation's `Process` cannot place its child in a new group, and `soffice` is a launcher that starts `soffice.bin`
/// (which may start more): killing the launcher alone would leave the converter running.
enum ProcessGroup {
    /// Starts `executable` with `arguments` as the leader of a new process group (its id is the child's pid), stdin
    /// and output on /dev/null: its pid, or the error number when it cannot be started.
    static func spawn(_ executable: String, _ arguments: [String]) -> (pid: pid_t?, error: Int32) {
        #if os(Linux)
        var actions = posix_spawn_file_actions_t()
        var attributes = posix_spawnattr_t()
        #else
        var actions: posix_spawn_file_actions_t?
        var attributes: posix_spawnattr_t?
        #endif
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // LibreOffice's chatter ("convert … using filter …", "Error: source file could not be loaded") says nothing a
        // missing output does not, and a pipe nobody reads could block it.
        for fd: Int32 in [0, 1, 2] {
            posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        // Group 0 makes the child the leader of a new group; the signal mask and handlers are reset, as the child
        // would otherwise inherit whatever this thread blocks or the process ignores.
        posix_spawnattr_setpgroup(&attributes, 0)
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        var reset = sigset_t()
        sigemptyset(&reset)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGCHLD] { sigaddset(&reset, signal) }
        posix_spawnattr_setsigdefault(&attributes, &reset)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        // execve wants NUL-terminated C strings that live until the call returns: copies freed afterwards.
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let code = posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
        return (code == 0 ? pid : nil, code)
    }

    /// Waits up to `seconds` for the child `pid` (the leader of its own group) to exit; returns whether it did. Then,
    /// either way, kills whatever its group still runs and reaps the child, so nothing it started is left running.
    static func wait(_ pid: pid_t, seconds: Double) -> Bool {
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(seconds, 0) * 1e9)
        var exited = false
        var pause: UInt32 = 2_000
        while true {
            var info = siginfo_t()
            // WNOWAIT leaves the exited child a zombie: until it is reaped its pid cannot be reused, so `-pid` below
            // still names this group and no other. `si_signo` is SIGCHLD only when a child was reported.
            let answer = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
            if answer == 0, info.si_signo == SIGCHLD {
                exited = true
                break
            }
            // ECHILD: someone else reaped it; there is nothing left to wait for.
            if answer == -1, errno == ECHILD { return true }
            if DispatchTime.now().uptimeNanoseconds >= deadline { break }
            usleep(pause)
            pause = min(pause * 2, 50_000)
        }
        // On a time-out this stops everything; after an exit, what the launcher left behind (a converter it detached).
        // Members that outlive their parent are orphans, reaped by init.
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        return exited
    }
}
