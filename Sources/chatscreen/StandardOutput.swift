// `stdout` is a C global; @preconcurrency lets this file read it (the only file that does).
#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Musl)
@preconcurrency import Musl
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif

/// Standard output as `print` writes it (`explain`, `rules check`, `rules list`, help): the
/// exit statuses of the README for it.
///
/// ```swift
/// StandardOutput.exitQuietlyWhenReaderGoesAway()   // `chatscreen rules list | head -3` exits 0
/// try command.run()
/// try StandardOutput.finish()                      // `chatscreen rules list > /dev/full` exits 1
/// ```
///
/// `score`, `eval`, `rules fit` and `corpus` write with `writeAll` instead: they ignore SIGPIPE
/// and handle `EPIPE` and other write errors where they write.
enum StandardOutput {
    /// When the reader of standard output goes away, the next write raises SIGPIPE: end at once
    /// with status 0, as the README promises for `| head` (`_exit` is async-signal-safe). A
    /// command that ignores SIGPIPE replaces this handler.
    static func exitQuietlyWhenReaderGoesAway() {
        signal(SIGPIPE) { _ in _exit(0) }
    }

    /// Flushes standard output; a write that failed (a full disk) is reported and exits 1.
    static func finish() throws {
        let flushed = fflush(stdout) == 0
        let code = errno
        guard !flushed || ferror(stdout) != 0 else { return }
        if !flushed && code == EPIPE { return }   // SIGPIPE ignored by the command: the reader went away
        let why = flushed ? "an earlier write failed" : String(cString: strerror(code))
        Terminal.standardError("error: writing to standard output failed: \(why); the output is incomplete\n")
        throw ExitStatus.ioFailure
    }
}
