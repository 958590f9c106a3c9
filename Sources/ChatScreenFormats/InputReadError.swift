#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A failure of `read(2)` on the input; reading cannot continue.
///
/// ```swift
/// do { try reader.forEach { … } }
/// catch let error as InputReadError { print(error) }   // "cannot read input: Is a directory (errno 21)"
/// ```
public struct InputReadError: Error, Sendable, CustomStringConvertible {
    /// The `errno` value reported by `read(2)`.
    public var errno: Int32
    /// A human-readable description, e.g. `cannot read input: Is a directory (errno 21)`.
    public var description: String

    /// Creates the error for an `errno` value.
    public init(errno: Int32) {
        self.errno = errno
        self.description = "cannot read input: \(systemErrorDescription(errno)) (errno \(errno))"
    }
}

/// The C library's text for an `errno` value, e.g. `Broken pipe`.
func systemErrorDescription(_ code: Int32) -> String {
    guard let text = strerror(code) else { return "error \(code)" }
    return String(cString: text)
}
