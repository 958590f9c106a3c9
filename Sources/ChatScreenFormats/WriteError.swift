/// A failure of ``writeAll(fd:_:)``.
///
/// ```swift
/// do { try writeAll(fd: STDOUT_FILENO, buffer) }
/// catch .brokenPipe { exit(0) }   // the reader went away, like `grep … | head`
/// ```
public enum WriteError: Error, Sendable, CustomStringConvertible {
    /// The reading end of the pipe was closed (`EPIPE`).
    case brokenPipe
    /// `write(2)` failed with `errno`; `description` is the system's text for it.
    case failed(errno: Int32, description: String)

    /// A human-readable description, e.g. `cannot write output: No space left on device (errno 28)`.
    public var description: String {
        switch self {
        case .brokenPipe: "cannot write output: broken pipe"
        case .failed(let errno, let description): "cannot write output: \(description) (errno \(errno))"
        }
    }
}
