/// Well-formedness checks for UTF-8, shared by the JSON parser and the JSON writer.
///
/// ```swift
/// let bytes: [UInt8] = [0xE2, 0x82, 0xAC, 0xE2, 0x82, 0x41]   // "€", then a truncated sequence, "A"
/// bytes.withUnsafeBufferPointer { p in
///     UTF8Validation.sequenceLength(in: p, at: 0, end: p.count)   //  3: a well-formed sequence
///     UTF8Validation.sequenceLength(in: p, at: 3, end: p.count)   // -2: replace 2 bytes with one U+FFFD
/// }
/// ```
///
/// Ill-formed input is replaced "per maximal subpart" (Unicode §3.9, the W3C/WHATWG practice,
/// and what `String(decoding:as:)` does): each maximal prefix of a well-formed sequence, or a
/// single byte that cannot start one, becomes one U+FFFD.
enum UTF8Validation {
    /// U+FFFD REPLACEMENT CHARACTER in UTF-8.
    static let replacement: (UInt8, UInt8, UInt8) = (0xEF, 0xBF, 0xBD)

    /// The length of the well-formed sequence at `i` (1 to 4), or the negated length of the
    /// maximal subpart to replace with one U+FFFD (-1 to -3). Reads only bytes before `end`.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    static func sequenceLength(in p: UnsafeBufferPointer<UInt8>, at i: Int, end: Int) -> Int {
        let lead = p[i]
        if lead < 0x80 { return 1 }
        var continuations: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: continuations = 1
        case 0xE0: continuations = 2; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: continuations = 2
        case 0xED: continuations = 2; high = 0x9F
        case 0xF0: continuations = 3; low = 0x90
        case 0xF1...0xF3: continuations = 3
        case 0xF4: continuations = 3; high = 0x8F
        default: return -1
        }
        var j = i + 1
        guard j < end, p[j] >= low, p[j] <= high else { return -1 }
        j += 1
        continuations -= 1
        while continuations > 0 {
            guard j < end, p[j] & 0xC0 == 0x80 else { return -(j - i) }
            j += 1
            continuations -= 1
        }
        return j - i
    }

    /// Appends the UTF-8 encoding of `scalar` (which must be a Unicode scalar value) to `out`.
    @inline(__always)
    static func append(scalar: UInt32, to out: inout [UInt8]) {
        switch scalar {
        case 0..<0x80:
            out.append(UInt8(truncatingIfNeeded: scalar))
        case 0x80..<0x800:
            out.append(0xC0 | UInt8(truncatingIfNeeded: scalar >> 6))
            out.append(0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F))
        case 0x800..<0x10000:
            out.append(0xE0 | UInt8(truncatingIfNeeded: scalar >> 12))
            out.append(0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F))
            out.append(0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F))
        default:
            out.append(0xF0 | UInt8(truncatingIfNeeded: scalar >> 18))
            out.append(0x80 | UInt8(truncatingIfNeeded: (scalar >> 12) & 0x3F))
            out.append(0x80 | UInt8(truncatingIfNeeded: (scalar >> 6) & 0x3F))
            out.append(0x80 | UInt8(truncatingIfNeeded: scalar & 0x3F))
        }
    }

    /// Appends U+FFFD to `out`.
    @inline(__always)
    static func appendReplacement(to out: inout [UInt8]) {
        out.append(replacement.0)
        out.append(replacement.1)
        out.append(replacement.2)
    }
}

/// JSON `\uXXXX` escapes, shared by the line parser and the pull parser.
enum JSONHex {
    /// The value of the four hexadecimal digits at `start` (either case), or nil if any is not
    /// a hex digit or fewer than four bytes remain before `end`.
    ///
    /// ```swift
    /// JSONHex.quad(bytes, at: 2, end: bytes.count)   // "\u00e9" → 0xE9
    /// ```
    @inline(__always)
    static func quad(_ bytes: UnsafePointer<UInt8>, at start: Int, end: Int) -> UInt32? {
        guard start + 4 <= end else { return nil }
        var value: UInt32 = 0
        for k in start..<(start + 4) {
            let byte = bytes[k]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }
}
