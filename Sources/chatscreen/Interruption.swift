/// SIGINT and SIGTERM end `chatscreen score` cleanly: the verdicts computed so far are flushed,
/// conversation summaries are written, and the exit status is 128 + the signal (130, 143).
///
/// The handler only records the signal and closes standard input (both async-signal-safe), so a
/// read blocked on a pipe returns; the scoring loop checks ``signal`` between records.
enum Interruption {
    nonisolated(unsafe) static var signal: Int32 = 0

    static func install() {
        // A parent may start us with these signals blocked (test runners and some supervisors
        // do, and the mask is inherited): unblock them, or the handler never runs.
        var mask = sigset_t()
        sigemptyset(&mask)
        sigaddset(&mask, SIGINT)
        sigaddset(&mask, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &mask, nil)
        for number in [SIGINT, SIGTERM] {
            var action = sigaction()
            let handler: @convention(c) (Int32) -> Void = { number in
                Interruption.signal = number
                close(STDIN_FILENO)
            }
            // The handler field's name differs by C library.
            #if canImport(Darwin)
            action.__sigaction_u.__sa_handler = handler
            #elseif canImport(Musl)
            action.__sa_handler.sa_handler = handler
            #else
            action.__sigaction_handler.sa_handler = handler
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0   // no SA_RESTART: a blocked read returns EINTR, then EBADF
            sigaction(number, &action, nil)
        }
    }
}
