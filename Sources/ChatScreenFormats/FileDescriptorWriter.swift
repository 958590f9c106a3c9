#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes all of `bytes` to `fd`, looping on partial writes, retrying on `EINTR` and waiting
/// with `poll(2)` when a non-blocking descriptor is full.
///
/// ```swift
/// var json = JSONWriter()
/// json.beginObject(); json.key("line"); json.int(1); json.endObject(); json.newline()
/// try json.bytes.withUnsafeBytes { try writeAll(fd: STDOUT_FILENO, $0) }
/// ```
///
/// Throws ``WriteError/brokenPipe`` on `EPIPE`, so the caller can exit quietly. That needs
/// `SIGPIPE` to be ignored (`signal(SIGPIPE, SIG_IGN)`); otherwise the kernel kills the process
/// before `write(2)` can return `EPIPE`.
///
/// - Complexity: O(`bytes.count`).
public func writeAll(fd: Int32, _ bytes: UnsafeRawBufferPointer) throws(WriteError) {
    guard var cursor = bytes.baseAddress else { return }
    var remaining = bytes.count
    while remaining > 0 {
        let written = write(fd, cursor, remaining)
        if written > 0 {
            cursor += written
            remaining -= written
            continue
        }
        let code = written == 0 ? EIO : errno
        switch code {
        case EINTR:
            continue
        case EAGAIN, EWOULDBLOCK:
            var request = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
            _ = poll(&request, 1, -1)
        case EPIPE:
            throw .brokenPipe
        default:
            throw .failed(errno: code, description: systemErrorDescription(code))
        }
    }
}

/// Writes all of `bytes` to `fd`; see ``writeAll(fd:_:)-(_,UnsafeRawBufferPointer)``.
///
/// ```swift
/// try writeAll(fd: STDOUT_FILENO, json.bytes)
/// ```
public func writeAll(fd: Int32, _ bytes: [UInt8]) throws(WriteError) {
    var failure: WriteError?
    bytes.withUnsafeBytes { raw in
        do throws(WriteError) { try writeAll(fd: fd, raw) } catch { failure = error }
    }
    if let failure { throw failure }
}
