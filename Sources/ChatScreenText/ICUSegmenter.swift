import CChatScreenICU

/// An error from the system ICU library.
///
/// ```swift
/// do { let analyzer = try TextAnalyzer() } catch { print(error) }
/// // ICU word-break iterator could not be opened (U_MISSING_RESOURCE_ERROR); is libicu installed?
/// ```
public struct ICUError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

/// ICU's word-break iterator over UTF-8, opened once and rebound per message.
///
/// Not thread-safe: make one per thread. It owns a token buffer that grows to the largest
/// message seen and is then reused, so steady-state segmentation does not allocate.
final class ICUSegmenter {
    private let handle: OpaquePointer
    private var buffer: UnsafeMutableBufferPointer<csicu_token>

    init() throws(ICUError) {
        var message = [CChar](repeating: 0, count: 128)
        guard let handle = csicu_segmenter_open(&message, Int32(message.count)) else {
            let name = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw ICUError(description: "ICU word-break iterator could not be opened (\(name)); is libicu installed?")
        }
        self.handle = handle
        self.buffer = .allocate(capacity: 256)
    }

    deinit {
        csicu_segmenter_close(handle)
        buffer.deallocate()
    }

    /// Segments valid UTF-8 and calls `body(start, end, kind)` for every non-space token, in order.
    ///
    /// - Complexity: O(n) in the bytes. ICU costs about 1.5 µs for a 50-byte message.
    func segment(_ text: UnsafeBufferPointer<UInt8>, _ body: (Int32, Int32, TokenKind) -> Void) {
        withoutActuallyEscaping(body) { body in
            var sink = ClosureTokenSink(body: body)
            segment(text, into: &sink)
        }
    }

    /// Segments valid UTF-8 into `sink` (see ``ASCIIWordBreaker/segment(_:into:)`` for why a sink).
    func segment<Sink: TokenSink>(_ text: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        let length = Int32(text.count)
        var count = csicu_segment(handle, text.baseAddress, length, buffer.baseAddress, Int32(buffer.count))
        if count > Int32(buffer.count) {
            buffer.deallocate()
            buffer = .allocate(capacity: Int(count) * 2)
            count = csicu_segment(handle, text.baseAddress, length, buffer.baseAddress, Int32(buffer.count))
        }
        guard count > 0 else { return }  // empty text, or an ICU failure: no tokens rather than a crash
        for token in buffer[0..<Int(count)] {
            sink.token(start: token.start, end: token.end, kind: TokenKind(rawValue: UInt8(truncatingIfNeeded: token.kind)) ?? .punctuation)
        }
    }
}

/// ICU's NFKC_Casefold over UTF-8, with a map from every normalised byte back to the input.
enum ICUNormalizer {
    /// Normalises `text` into `output`, filling `starts` (one entry per output byte) and `ends`
    /// (one more): output byte `k` came from input bytes `[starts[k], ends[k + 1])`.
    ///
    /// Returns false if ICU failed; the outputs are then an identity copy.
    @discardableResult
    static func nfkcCasefold(
        _ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8],
        starts: inout [Int32], ends: inout [Int32]
    ) -> Bool {
        var capacity = max(text.count * 3 + 16, 64)
        while true {
            // Grow in place: after the first few messages these reuse their storage.
            grow(&output, to: capacity)
            grow(&starts, to: capacity)
            grow(&ends, to: capacity + 1)
            let produced = output.withUnsafeMutableBufferPointer { out in
                starts.withUnsafeMutableBufferPointer { s in
                    ends.withUnsafeMutableBufferPointer { e in
                        csicu_nfkc_casefold(text.baseAddress, Int32(text.count), out.baseAddress, Int32(capacity),
                                            s.baseAddress, e.baseAddress)
                    }
                }
            }
            if produced < 0 {
                identity(text, into: &output, starts: &starts, ends: &ends)
                return false
            }
            if Int(produced) <= capacity {
                output.removeSubrange(Int(produced)...)
                starts.removeSubrange(Int(produced)...)
                ends.removeSubrange((Int(produced) + 1)...)
                return true
            }
            capacity = Int(produced)
        }
    }

    @inline(__always)
    static func grow<T: FixedWidthInteger>(_ array: inout [T], to count: Int) {
        if array.count < count { array.append(contentsOf: repeatElement(0, count: count - array.count)) }
    }

    static func identity(
        _ text: UnsafeBufferPointer<UInt8>, into output: inout [UInt8],
        starts: inout [Int32], ends: inout [Int32]
    ) {
        output.removeAll(keepingCapacity: true)
        output.append(contentsOf: text)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        ends.append(0)
        for k in 0..<text.count {
            starts.append(Int32(k))
            ends.append(Int32(k + 1))
        }
    }
}
