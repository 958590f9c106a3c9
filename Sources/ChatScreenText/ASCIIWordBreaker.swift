/// ICU's word-break rules (UAX #29 as tailored by ICU's root `word.txt`) for text that is all
/// ASCII, without ICU.
///
/// ```swift
/// var tokens: [String] = []
/// ASCIIWordBreaker.segment(bytes) { start, end, kind in … }
/// // "can't pay 1,000.50 at www.example.com/x" → can't · pay · 1,000.50 · at · www.example.com · / · x
/// ```
///
/// ICU's iterator costs about 18,000 instructions for a typical chat message (callgrind,
/// 2026-11-29: 18% of a whole scan); this loop does the same job in a few instructions per byte.
/// It reports exactly what ``ICUSegmenter`` reports for ASCII input — the same boundaries, the
/// same kinds, whitespace and control characters dropped — and a differential test checks that
/// on hundreds of thousands of generated messages (`ASCIIWordBreakerDifferentialTests`).
///
/// The rules that matter for ASCII, as ICU 72 applies them:
/// - letters, digits and `_` join in any order (WB5, WB8–WB10, WB13a/b); ICU counts `@` as a
///   letter (`@jess_22`, `me@example.com` are one token each);
/// - `.` and `'` join two letters (WB6/7: `a.b`, `can't`); `:` does not (ICU's root rules
///   remove it from MidLetter);
/// - `.`, `'`, `,` and `;` join two digits (WB11/12: `1,000.50`);
/// - every other character is a token of its own; runs of spaces are one segment (WB3d);
///   whitespace and controls are not reported.
///
/// The kind is ICU's rule status, which is that of the *last* rule in the chain: `a1` is a
/// number, `1a` a letter; `_` alone is punctuation, `1_` a number, `a_` a letter.
enum ASCIIWordBreaker {
    // Character classes, indexed by byte.
    private static let other: UInt8 = 0, letter: UInt8 = 1, digit: UInt8 = 2, underscore: UInt8 = 3
    private static let midLetterOrNumber: UInt8 = 4   // . '   (MidNumLet, Single_Quote)
    private static let midNumber: UInt8 = 5           // , ;   (MidNum)
    private static let skipped: UInt8 = 6             // space, controls

    private static let classes: [UInt8] = (0..<128).map { byte -> UInt8 in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "@"): letter
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit
        case UInt8(ascii: "_"): underscore
        case UInt8(ascii: "."), UInt8(ascii: "'"): midLetterOrNumber
        case UInt8(ascii: ","), UInt8(ascii: ";"): midNumber
        case 0...0x20: skipped
        default: other
        }
    }

    /// Segments ASCII `text` and calls `body(start, end, kind)` for every token, in order.
    ///
    /// - Precondition: every byte is below 0x80.
    /// - Complexity: O(n); no allocation.
    static func segment(_ text: UnsafeBufferPointer<UInt8>, _ body: (Int32, Int32, TokenKind) -> Void) {
        withoutActuallyEscaping(body) { body in
            var sink = ClosureTokenSink(body: body)
            segment(text, into: &sink)
        }
    }

    /// Segments ASCII `text` into `sink`, token by token, in order: the hot path's form. A sink
    /// is a struct passed `inout`, so its arrays are checked for exclusive access at compile
    /// time; a closure that appends to captured arrays pays a dynamic check per token (about a
    /// sixth of a whole scan in callgrind, 2026-11-29).
    ///
    /// - Precondition: every byte is below 0x80.
    /// - Complexity: O(n); no allocation.
    @inline(__always)
    static func segment<Sink: TokenSink>(_ text: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        classes.withUnsafeBufferPointer { classes in
            let n = text.count
            var i = 0
            while i < n {
                let first = classes[Int(text[i])]
                if first == skipped { i += 1; continue }
                guard first == letter || first == digit || first == underscore else {
                    sink.token(start: Int32(i), end: Int32(i + 1), kind: .punctuation)
                    i += 1
                    continue
                }
                // A word: the kind follows the last rule applied (see the type's documentation).
                var kind: TokenKind = first == letter ? .letter : first == digit ? .number : .punctuation
                var last = first
                var j = i + 1
                while j < n {
                    let next = classes[Int(text[j])]
                    if next == letter || next == digit || next == underscore {
                        kind = next == letter ? .letter : next == digit ? .number : (last == digit ? .number : .letter)
                        last = next
                        j += 1
                    } else if j + 1 < n, next == midLetterOrNumber || next == midNumber {
                        let after = classes[Int(text[j + 1])]
                        if last == letter && after == letter && next == midLetterOrNumber {
                            kind = .letter
                        } else if last == digit && after == digit {
                            kind = .number
                        } else {
                            break
                        }
                        last = after
                        j += 2
                    } else {
                        break
                    }
                }
                sink.token(start: Int32(i), end: Int32(j), kind: kind)
                i = j
            }
        }
    }
}

/// Receives the tokens of a segmentation, in order (see ``ASCIIWordBreaker/segment(_:into:)``).
protocol TokenSink {
    mutating func token(start: Int32, end: Int32, kind: TokenKind)
}

/// A sink that calls a closure: for callers off the hot path.
struct ClosureTokenSink: TokenSink {
    let body: (Int32, Int32, TokenKind) -> Void
    func token(start: Int32, end: Int32, kind: TokenKind) { body(start, end, kind) }
}
