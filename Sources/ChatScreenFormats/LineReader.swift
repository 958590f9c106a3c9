#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads `\n`-terminated lines from a file descriptor through one reused buffer.
///
/// ```swift
/// let lines = LineReader(fileDescriptor: STDIN_FILENO, bufferSize: 1 << 20)
/// while let line = try lines.nextLine() {   // bytes without "\n" and without one trailing "\r"
///     print(lines.lineNumber, line.count)
/// }
/// ```
///
/// - The buffer is filled with `read(2)` (retrying on `EINTR`, waiting with `poll(2)` on
///   `EAGAIN`) and split with `memchr`.
/// - A line longer than the buffer grows the buffer to fit it; the buffer shrinks back to its
///   normal size once the long line has been consumed, so memory stays bounded by the longest
///   *current* line plus the buffer.
/// - A final line without `\n` is still a line. A UTF-8 byte order mark (EF BB BF) at the very
///   start of the input is skipped.
/// - `prefix` holds bytes already read from the descriptor (by ``ExportDetector/sniff(fileDescriptor:textField:)``):
///   they are read first, then the descriptor from where it is; with `prefixIsWholeInput` the
///   descriptor is never read (an input held in memory).
///
/// It is a class because the returned line points into its buffer: the pointer is valid only
/// until the next call to ``nextLine()``.
final class LineReader {
    let fileDescriptor: Int32
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private let normalCapacity: Int
    /// The unconsumed bytes are `base[start..<end]`; `base[start..<scanned]` holds no `\n`.
    private var start = 0
    private var end = 0
    private var scanned = 0
    private var reachedEOF = false
    private var checkedBOM = false

    /// The total number of bytes read from the descriptor so far.
    private(set) var bytesRead = 0
    /// The 1-based number of the line returned last (0 before the first line).
    private(set) var lineNumber = 0
    /// Whether the line returned last ended in `\r\n` (the `\r` was removed).
    private(set) var strippedCR = false

    /// Creates a reader; nothing is read from the descriptor until the first call to
    /// ``nextLine()``, and `prefix` is read before it.
    init(fileDescriptor: Int32, bufferSize: Int, prefix: [UInt8] = [], prefixIsWholeInput: Bool = false) {
        self.fileDescriptor = fileDescriptor
        self.normalCapacity = max(bufferSize, 4)
        self.capacity = max(normalCapacity, prefix.count)
        self.base = .allocate(capacity: capacity)
        if !prefix.isEmpty {
            prefix.withUnsafeBufferPointer { base.initialize(from: $0.baseAddress!, count: $0.count) }
            end = prefix.count
            bytesRead = prefix.count
        }
        reachedEOF = prefixIsWholeInput
    }

    deinit {
        base.deallocate()
    }

    /// Returns the next line without its `\n` (and without one `\r` before it), or `nil` at
    /// the end of the input. The bytes stay valid until the next call.
    ///
    /// - Complexity: amortised O(line length); every input byte is scanned once.
    func nextLine() throws(InputReadError) -> UnsafeBufferPointer<UInt8>? {
        if !checkedBOM { try skipByteOrderMark() }
        while true {
            if scanned < end, let found = memchr(base + scanned, 0x0A, end - scanned) {
                let newline = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                return deliver(from: start, to: newline, resumeAt: newline + 1)
            }
            scanned = end
            if reachedEOF {
                return start < end ? deliver(from: start, to: end, resumeAt: end) : nil
            }
            try fill()
        }
    }

    private func deliver(from lower: Int, to upper: Int, resumeAt next: Int) -> UnsafeBufferPointer<UInt8> {
        var stop = upper
        strippedCR = stop > lower && base[stop - 1] == 0x0D
        if strippedCR { stop -= 1 }
        start = next
        scanned = next
        lineNumber += 1
        return UnsafeBufferPointer(start: base + lower, count: stop - lower)
    }

    private func skipByteOrderMark() throws(InputReadError) {
        while end - start < 3 && !reachedEOF { try fill() }
        if end - start >= 3 && base[start] == 0xEF && base[start + 1] == 0xBB && base[start + 2] == 0xBF {
            start += 3
            scanned = start
        }
        checkedBOM = true
    }

    /// Makes room at the end of the buffer (compacting, growing or shrinking it) and reads once.
    private func fill() throws(InputReadError) {
        let pending = end - start
        if capacity > normalCapacity && pending <= normalCapacity / 2 {
            reallocate(capacity: normalCapacity)   // a long line is done: give the memory back
        } else if start > 0 {
            if pending > 0 { memmove(base, base + start, pending) }
            scanned -= start
            start = 0
            end = pending
        }
        if end == capacity {
            reallocate(capacity: capacity * 2)
        }
        while true {
            let count = read(fileDescriptor, base + end, capacity - end)
            if count > 0 {
                end += count
                bytesRead += count
                return
            }
            if count == 0 {
                reachedEOF = true
                return
            }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK {
                var request = pollfd(fd: fileDescriptor, events: Int16(POLLIN), revents: 0)
                _ = poll(&request, 1, -1)
                continue
            }
            throw InputReadError(errno: code)
        }
    }

    /// Moves the pending bytes `base[start..<end]` to the front of a new buffer of `newCapacity`.
    private func reallocate(capacity newCapacity: Int) {
        let pending = end - start
        let fresh = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        fresh.initialize(from: base + start, count: pending)
        base.deallocate()
        base = fresh
        capacity = newCapacity
        scanned -= start
        start = 0
        end = pending
    }
}
